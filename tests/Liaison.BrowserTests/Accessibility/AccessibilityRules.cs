using Microsoft.Playwright;

namespace Liaison.BrowserTests.Accessibility;

/// <summary>
/// The WCAG rules a page's markup can be checked for in the browser without axe (the tests need no npm): a language,
/// one h1, one main landmark, unique ids, references to ids that exist, images and charts with a text alternative,
/// tables with headers, every control a user can reach with an accessible name, and every refused field marked
/// aria-invalid and described by its error message (.field-error). Each finding is one sentence.
/// </summary>
public static class AccessibilityRules
{
    /// <summary>What the page breaks, and how many controls it named (so a check of an empty page proves nothing).</summary>
    public sealed class Findings
    {
        public string[] Problems { get; set; } = [];
        public int ControlsNamed { get; set; }
    }

    public static async Task<Findings> Check(IPage page) => await page.EvaluateAsync<Findings>(Script);

    // The accessible name is approximated the way browsers compute it for form controls: aria-labelledby, aria-label,
    // the <label>s, a button's text or value, then title. Hidden controls (display:none, [hidden]) are not reachable.
    private const string Script = """
        () => {
          const problems = [];
          const text = el => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
          const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.name ? `[name="${el.name}"]` : '');
          const lang = document.documentElement.getAttribute('lang') ?? '';
          if (!lang.trim()) problems.push('html has no lang');
          const h1s = document.querySelectorAll('h1').length;
          if (h1s !== 1) problems.push(`${h1s} h1 elements, not one`);
          const mains = document.querySelectorAll('main, [role=main]').length;
          if (mains !== 1) problems.push(`${mains} main landmarks, not one`);
          const seen = new Map();
          document.querySelectorAll('[id]').forEach(el => seen.set(el.id, (seen.get(el.id) ?? 0) + 1));
          seen.forEach((n, id) => { if (n > 1) problems.push(`id "${id}" used ${n} times`); });
          document.querySelectorAll('[aria-labelledby], [aria-describedby], [aria-controls]').forEach(el => {
            for (const attr of ['aria-labelledby', 'aria-describedby', 'aria-controls'])
              for (const id of (el.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean))
                if (!document.getElementById(id)) problems.push(`${describe(el)} ${attr} names missing id "${id}"`);
          });
          document.querySelectorAll('img:not([alt])').forEach(el => problems.push(`img ${el.src} has no alt`));
          document.querySelectorAll('svg:not([aria-hidden=true])').forEach(el => {
            if (el.closest('[aria-hidden=true], [role=img][aria-label], [role=img][aria-labelledby]')) return;
            if (!el.getAttribute('aria-label') && !el.getAttribute('aria-labelledby') && !text(el.querySelector(':scope > title')))
              problems.push(`svg ${describe(el)} has no text alternative`);
          });
          document.querySelectorAll('table').forEach(t => {
            if (!t.querySelector('th')) problems.push(`table "${text(t.caption) || text(t).slice(0, 40)}" has no header cells`);
          });
          const nameOf = el => {
            const by = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)
              .map(id => text(document.getElementById(id))).join(' ').trim();
            if (by) return by;
            if ((el.getAttribute('aria-label') ?? '').trim()) return el.getAttribute('aria-label').trim();
            const labels = [...(el.labels ?? [])].map(text).join(' ').trim();
            if (labels) return labels;
            if (el.tagName === 'BUTTON') return text(el);
            if (el.tagName === 'INPUT' && ['submit', 'button', 'reset'].includes(el.type)) return el.value || (el.type === 'submit' ? 'Submit' : '');
            if (el.tagName === 'INPUT' && el.type === 'image') return el.alt;
            return (el.getAttribute('title') ?? '').trim();
          };
          document.querySelectorAll('.input-validation-error, [aria-invalid=true]').forEach(el => {
            if (el.getAttribute('aria-invalid') !== 'true') problems.push(`${describe(el)} is marked refused but not aria-invalid`);
            const message = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean)
              .map(id => document.getElementById(id)).filter(e => e?.classList.contains('field-error') && text(e));
            if (message.length === 0) problems.push(`${describe(el)} is refused but not described by its error message`);
          });
          let named = 0;
          document.querySelectorAll('input:not([type=hidden]), select, textarea, button, a[href]').forEach(el => {
            if (!el.checkVisibility()) return;
            const name = el.tagName === 'A' ? (nameOf(el) || text(el) || el.querySelector('img[alt]')?.alt || '') : nameOf(el);
            if (name) named++; else problems.push(`${describe(el)} has no accessible name`);
          });
          return { problems, controlsNamed: named };
        }
        """;
}
