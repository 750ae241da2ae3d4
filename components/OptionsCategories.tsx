import { CATEGORIES, CATEGORY_STYLES, type Category, type CategoryVisibility } from '../utils/categories';

/** Which highlight categories are on when a page is first analysed: one checkbox each, with its colour. */
export interface OptionsCategoriesProps {
  value: CategoryVisibility;
  onChange: (category: Category, on: boolean) => void;
}

export function OptionsCategories({ value, onChange }: OptionsCategoriesProps) {
  return (
    <fieldset class="card">
      <legend>Highlight on pages by default</legend>
      <p class="muted">The popup can still turn each one on or off for the page you are reading.</p>
      <div class="choices">
        {CATEGORIES.map((category) => {
          const style = CATEGORY_STYLES[category];
          return (
            <label key={category}>
              <input type="checkbox" name={`category-${category}`} checked={value[category]} onChange={(e) => onChange(category, (e.currentTarget as HTMLInputElement).checked)} />
              <span class="swatch" aria-hidden="true" style={{ background: style.fill, borderColor: style.line, borderBottomStyle: style.lineStyle }} />
              {style.label}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
