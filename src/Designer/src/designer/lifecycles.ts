import mermaid from 'mermaid';
import { h, replace } from '../shared/dom';
import { Shell } from '../shared/layout';
import { workflows } from './workflowApi';

/** The lifecycles, read-only (#/lifecycles): each state diagram (Mermaid, strict) and a table of actions and roles. */
export async function renderLifecycles(shell: Shell): Promise<void> {
  const heading = shell.heading('Lebenszyklen (lifecycles)');
  const lifecycles = await workflows.lifecycles();
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'neutral' });
  const sections = await Promise.all(lifecycles.map(async lifecycle => {
    const diagram = h('div', { class: 'lifecycle-diagram', role: 'img', 'aria-label': `Zustandsdiagramm (state diagram) ${lifecycle.kind}; die Tabelle darunter beschreibt es als Text.` });
    const { svg } = await mermaid.render(`lifecycle-${lifecycle.kind}`, lifecycle.diagram);
    diagram.innerHTML = svg; // Mermaid output with securityLevel strict (sanitised by Mermaid's DOMPurify)
    const headingId = `lifecycle-${lifecycle.kind}-heading`;
    return h('section', { class: 'lifecycle', 'aria-labelledby': headingId },
      h('h2', { id: headingId }, `Fallart ${lifecycle.kind} (case kind)`),
      h('p', {}, `Anfangszustand (initial state): ${lifecycle.initialState}`),
      diagram,
      h('table', {},
        h('caption', {}, `Aktionen (actions, als cf:trigger nutzbar) der Fallart ${lifecycle.kind}`),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Aktion (action)'), h('th', { scope: 'col' }, 'Rollen (roles)'))),
        h('tbody', {}, ...lifecycle.actions.map(a => h('tr', {},
          h('th', { scope: 'row' }, h('code', {}, a.action)),
          h('td', {}, a.roleNames.join(', ') || '–'))))));
  }));
  replace(shell.main, heading,
    h('p', {}, 'Die Lebenszyklen sind fest im Code; Workflows lösen ihre Aktionen mit Servicetasks (cf:action="case.fire", cf:trigger) aus.'),
    ...sections);
  heading.focus();
}
