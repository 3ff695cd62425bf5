/**
 * A small modal dialog: labelled by its title, focus moves in on open and back on close, Tab stays
 * inside, Escape cancels. Hand-rolled because jsdom (component tests) lacks <dialog>.showModal().
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import '#app/styles/dialog.css';

interface Props {
  title: string;
  onClose: () => void;
  children: ComponentChildren;
}

const FOCUSABLE = 'textarea, input, select, button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

export function Dialog({ title, onClose, children }: Props) {
  const titleId = useId();
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const before = document.activeElement;
    box.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    return () => {
      if (before instanceof HTMLElement) before.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    } else if (event.key === 'Tab') {
      keepFocusInside(event, box.current);
    }
  };

  return (
    <div class="dialog-backdrop">
      <div
        ref={box}
        class="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} class="dialog-title">
          {title}
        </h2>
        {children}
      </div>
    </div>
  );
}

function keepFocusInside(event: KeyboardEvent, box: HTMLElement | null): void {
  const items = box ? [...box.querySelectorAll<HTMLElement>(FOCUSABLE)] : [];
  const first = items[0];
  const last = items.at(-1);
  if (!first || !last) return;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}
