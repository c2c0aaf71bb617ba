import mermaid from 'mermaid';
import { h, replace } from '../shared/dom';
import { t } from '../shared/i18n';
import { Shell } from '../shared/layout';
import { workflows } from './workflowApi';

/** The lifecycles, read-only (#/lifecycles): each state diagram (Mermaid, strict) and a table of actions and roles. */
export async function renderLifecycles(shell: Shell): Promise<void> {
  const heading = shell.heading(t('designer.lifecycles.heading'));
  const lifecycles = await workflows.lifecycles();
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'neutral' });
  const sections = await Promise.all(lifecycles.map(async lifecycle => {
    const diagram = h('div', { class: 'lifecycle-diagram', role: 'img', 'aria-label': t('designer.lifecycles.diagram', { kind: lifecycle.kind }) });
    const { svg } = await mermaid.render(`lifecycle-${lifecycle.kind}`, lifecycle.diagram);
    diagram.innerHTML = svg; // Mermaid output with securityLevel strict (sanitised by Mermaid's DOMPurify)
    const headingId = `lifecycle-${lifecycle.kind}-heading`;
    return h('section', { class: 'lifecycle', 'aria-labelledby': headingId },
      h('h2', { id: headingId }, t('designer.lifecycles.kind', { kind: lifecycle.kind })),
      h('p', {}, t('designer.lifecycles.initial', { state: lifecycle.initialState })),
      diagram,
      h('table', {},
        h('caption', {}, t('designer.lifecycles.caption', { kind: lifecycle.kind })),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('designer.lifecycles.action')), h('th', { scope: 'col' }, t('designer.lifecycles.roles')))),
        h('tbody', {}, ...lifecycle.actions.map(a => h('tr', {},
          h('th', { scope: 'row' }, h('code', {}, a.action)),
          h('td', {}, a.roleNames.join(', ') || '–'))))));
  }));
  replace(shell.main, heading,
    h('p', {}, t('designer.lifecycles.intro')),
    ...sections);
  heading.focus();
}
