// A few lines instead of a framework: elements built from data, text always set as text (never parsed as HTML).

type Child = Node | string | null | undefined | false;
type Attributes = Record<string, string | boolean | number | ((event: Event) => void) | null | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (typeof value === 'function') {
      element.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (value === true) {
      element.setAttribute(name, '');
    } else {
      element.setAttribute(name, String(value));
    }
  }
  append(element, children);
  return element;
}

function append(parent: Node, children: (Child | Child[])[]): void {
  for (const child of children) {
    if (Array.isArray(child)) {
      append(parent, child);
    } else if (child !== null && child !== undefined && child !== false) {
      parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    }
  }
}

export function replace(parent: Element, ...children: (Child | Child[])[]): void {
  parent.replaceChildren();
  append(parent, children);
}

let fieldCounter = 0;

/** A labelled input; the label is tied to the control by id, as screen readers and axe ask. */
export function field(label: string, control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, hint?: string): HTMLElement {
  if (!control.id) {
    control.id = `field-${++fieldCounter}`;
  }
  const hintElement = hint ? h('small', { id: `${control.id}-hint`, class: 'hint' }, hint) : null;
  if (hintElement) {
    control.setAttribute('aria-describedby', hintElement.id);
  }
  return h('div', { class: 'field' }, h('label', { for: control.id }, label), control, hintElement);
}

export function input(attributes: Attributes): HTMLInputElement {
  return h('input', attributes);
}

export function select(options: { value: string; label: string }[], selected: string | null, attributes: Attributes = {}): HTMLSelectElement {
  return h('select', attributes, options.map(option =>
    h('option', { value: option.value, selected: option.value === selected }, option.label)));
}

/** A message region that screen readers announce. */
export function status(): HTMLElement & { show(text: string, kind?: 'error' | 'ok'): void; clear(): void } {
  const element = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' }) as unknown as HTMLElement & { show(text: string, kind?: 'error' | 'ok'): void; clear(): void };
  element.hidden = true;
  element.show = (text, kind = 'error') => {
    element.textContent = text;
    element.className = `status ${kind}`;
    element.hidden = false;
  };
  element.clear = () => {
    element.textContent = '';
    element.hidden = true;
  };
  return element;
}

export function date(value: string | null | undefined): string {
  return value ? new Date(value).toISOString().slice(0, 16).replace('T', ' ') + ' UTC' : '—';
}
