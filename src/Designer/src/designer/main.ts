import { startApp } from '../shared/app';
import { h } from '../shared/dom';
import { t } from '../shared/i18n';
import { Shell } from '../shared/layout';
import './designer.css';

// The designer page (process owners): workflow list, bpmn-js editor with CaseFlow's cf: properties, validation,
// drafts, publishing, comparison, download, new workflows from a template, lifecycle diagrams. Hash routes:
// #/ (list), #/edit/<key> (editor), #/lifecycles.
startApp('designer', ['ProcessOwner'], shell => {
  let leave: (() => void) | null = null;
  const render = async () => {
    leave?.();
    leave = null;
    const route = location.hash.replace(/^#/, '') || '/';
    const frame = h('div', {});
    shell.main.replaceChildren(frame);
    const view: Shell = { ...shell, main: frame };
    const nav = h('nav', { class: 'designer-nav', 'aria-label': t('designer.nav') },
      h('a', { href: '#/', 'aria-current': route === '/' ? 'page' : null }, t('designer.nav.workflows')),
      h('a', { href: '#/lifecycles', 'aria-current': route === '/lifecycles' ? 'page' : null }, t('designer.nav.lifecycles')));
    shell.main.prepend(nav);
    try {
      const edit = /^\/edit\/(.+)$/.exec(route);
      if (edit) {
        const { renderEditor } = await import('./editor');
        leave = await renderEditor(view, decodeURIComponent(edit[1]));
      } else if (route === '/lifecycles') {
        const { renderLifecycles } = await import('./lifecycles');
        await renderLifecycles(view);
      } else {
        const { renderWorkflowList } = await import('./workflowList');
        await renderWorkflowList(view);
      }
    } catch (error) {
      shell.error(error);
    }
  };
  window.addEventListener('hashchange', () => void render());
  return render();
});
