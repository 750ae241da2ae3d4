import { render } from 'preact';
import { PopupApp } from '../../components/PopupApp';
import { createBrowserClient } from './client';
import '~/assets/palette.css';
import './style.css';

render(<PopupApp client={createBrowserClient()} />, document.getElementById('app') as HTMLElement);
