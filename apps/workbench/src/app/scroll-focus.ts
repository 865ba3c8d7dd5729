import { useEffect } from 'react';

/**
 * A wide table scrolls sideways inside its box; a keyboard user must be able to focus the box to
 * scroll it (WCAG 2.1.1). Ant Design does not make the box focusable, so every table scroller
 * that overflows is given tabindex=0 and a name, as the page changes.
 */
export function useFocusableScrollers(): void {
  useEffect(() => {
    const fix = () => {
      for (const el of document.querySelectorAll<HTMLElement>('.ant-table-content, .ant-table-body')) {
        const overflows = el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;
        if (overflows && !el.hasAttribute('tabindex')) {
          el.tabIndex = 0;
          el.setAttribute('role', 'region');
          const caption = el.closest('.ant-card')?.querySelector('.ant-card-head-title')?.textContent;
          el.setAttribute('aria-label', caption ? `${caption}（可左右滚动）` : '表格（可左右滚动）');
        }
      }
    };
    let queued = false;
    const observer = new MutationObserver(() => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        fix();
      });
    });
    observer.observe(document.body, { childList: true, subtree: true });
    window.addEventListener('resize', fix);
    fix();
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', fix);
    };
  }, []);
}
