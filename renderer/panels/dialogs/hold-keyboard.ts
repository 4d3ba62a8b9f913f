// While one of the app's own dialogs is open it holds the keyboard, wherever the focus is: the
// app's shortcuts and the print dialog underneath never see Escape, Enter or Ctrl keys, the
// browser's own save/print/open do not run, and Tab goes round the dialog's own controls.
export function holdKeyboard(event: KeyboardEvent, box: HTMLElement | null): void {
  if (event.key === 'Escape' || event.key === 'Enter' || event.ctrlKey || event.metaKey) event.stopPropagation();
  // Ctrl+Z, C, V still work in the text boxes.
  if ((event.ctrlKey || event.metaKey) && ['s', 'p', 'o'].includes(event.key.toLowerCase())) event.preventDefault();
  const controls = [...(box?.querySelectorAll<HTMLElement>('input, button') ?? [])];
  if (event.key === 'Tab' && controls.length) {
    event.preventDefault();
    const at = controls.indexOf(document.activeElement as HTMLElement);
    controls[(at + (event.shiftKey ? -1 : 1) + controls.length) % controls.length]!.focus();
  }
}
