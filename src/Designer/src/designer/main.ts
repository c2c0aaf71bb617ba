import { startApp } from '../shared/app';

// The designer page (process owners): workflow list, bpmn-js editor with CaseFlow's cf: properties, validation,
// drafts, publishing, comparison, download, new workflows from a template, lifecycle diagrams.
startApp('designer', ['ProcessOwner'], async shell => {
  const heading = shell.heading('Workflows');
  shell.main.replaceChildren(heading);
  heading.focus();
});
