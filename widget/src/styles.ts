/** The element's look: custom properties in, logical properties throughout, light, dark and forced colours. */
import { css } from 'lit';

export const styles = css`
  :host {
    --_accent: var(--smartsend-accent, #0b57d0);
    --_text: var(--smartsend-text, #1b1d21);
    --_bg: var(--smartsend-background, #ffffff);
    --_radius: var(--smartsend-radius, 0.75rem);
    --_warn: #a14200;
    --_muted: color-mix(in srgb, var(--_text) 76%, var(--_bg));
    --_line: color-mix(in srgb, var(--_text) 24%, var(--_bg));
    --_tint: color-mix(in srgb, var(--_text) 9%, var(--_bg));
    display: block;
    container-type: inline-size;
    font-family: var(--smartsend-font, inherit);
    color: var(--_text);
    line-height: 1.45;
    text-align: start;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      /* A shop's accent is usually chosen for a light page: lightened here so it keeps its contrast on dark. */
      --_accent: var(--smartsend-accent-dark, color-mix(in oklab, var(--smartsend-accent, #1a73e8) 45%, #fff));
      --_text: var(--smartsend-text, #e8eaed);
      --_bg: var(--smartsend-background, #1c1d21);
      --_warn: #ffb366;
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  p,
  ol,
  dl,
  dd {
    margin: 0;
  }
  ol {
    list-style: none;
    padding: 0;
  }

  .card {
    display: grid;
    gap: 1.25rem;
    padding: 1rem 1.25rem;
    background: var(--_bg);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
    border-radius: 0.25rem;
  }
  .icon {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  /* Visually hidden, still read (these elements have no margin, padding or border of their own) */
  .vh {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* Status header */
  .status {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: 0.875rem;
    align-items: start;
  }
  .badge {
    display: grid;
    place-items: center;
    inline-size: 2.75rem;
    block-size: 2.75rem;
    border-radius: 50%;
    color: var(--_accent);
    background: color-mix(in srgb, var(--_accent) 14%, var(--_bg));
  }
  .badge .icon {
    inline-size: 1.5rem;
    block-size: 1.5rem;
  }
  .warn .badge {
    color: var(--_warn);
    background: color-mix(in srgb, var(--_warn) 14%, var(--_bg));
  }
  .label {
    font-size: 1.25rem;
    font-weight: 650;
    line-height: 1.3;
  }
  .sentence {
    margin-block-start: 0.125rem;
  }
  .when,
  .muted {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .when {
    margin-block-start: 0.25rem;
  }

  /* Progress line */
  .progress {
    display: grid;
    grid-template-columns: repeat(4, minmax(0, 1fr));
  }
  .step {
    position: relative;
    display: grid;
    justify-items: center;
    align-content: start;
    gap: 0.375rem;
    padding-inline: 0.125rem;
    font-size: 0.8125rem;
    line-height: 1.3;
    text-align: center;
    overflow-wrap: anywhere;
  }
  /* The line from each step to the next: coloured once the next step is reached, i.e. this one is done */
  .step:not(:last-child)::after {
    content: '';
    position: absolute;
    inset-block-start: calc(0.75rem - 1px);
    inset-inline-start: 50%;
    inline-size: 100%;
    border: 0 solid var(--_line);
    border-block-start-width: 2px;
  }
  .step.done::after {
    border-color: var(--_accent);
  }
  .marker {
    position: relative;
    z-index: 1;
    display: grid;
    place-items: center;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    border: 2px solid var(--_line);
    border-radius: 50%;
    background: var(--_bg);
    color: var(--_bg);
  }
  .marker .icon {
    inline-size: 0.875rem;
    block-size: 0.875rem;
    stroke-width: 3;
  }
  .done .marker {
    background: var(--_accent);
    border-color: var(--_accent);
  }
  .current .marker {
    border-color: var(--_accent);
  }
  .current .marker::after {
    content: '';
    inline-size: 0.625rem;
    block-size: 0.625rem;
    border-radius: 50%;
    background: var(--_accent);
  }
  .step.branch .marker {
    border-color: var(--_warn);
    background: var(--_bg);
    color: var(--_warn);
  }
  .step.branch .marker::after {
    content: none;
  }
  .current .step-label,
  .branch .step-label {
    font-weight: 650;
  }
  .upcoming .step-label {
    color: var(--_muted);
  }
  .flag {
    color: var(--_warn);
    font-weight: 650;
  }

  /* Timeline */
  .timeline {
    display: grid;
    gap: 1rem;
  }
  .day-label {
    font-weight: 650;
    margin-block-end: 0.375rem;
  }
  .day-label::first-letter {
    text-transform: uppercase;
  }
  .events {
    margin-inline-start: 0.375rem;
    border-inline-start: 2px solid var(--_line);
  }
  .event {
    position: relative;
    display: grid;
    grid-template-columns: 4.75rem minmax(0, 1fr);
    gap: 0 0.75rem;
    padding-block: 0.375rem;
    padding-inline-start: 1rem;
    overflow-wrap: anywhere;
  }
  .event::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(-0.375rem - 1px);
    inset-block-start: 0.75rem;
    inline-size: 0.75rem;
    block-size: 0.75rem;
    border: 2px solid var(--_line);
    border-radius: 50%;
    background: var(--_bg);
  }
  .event.latest::before {
    border-color: var(--_accent);
    background: var(--_accent);
  }
  .time {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .event-label {
    font-weight: 600;
  }

  /* Carrier */
  .carrier {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1.5rem;
    align-items: end;
    justify-content: space-between;
    padding-block-start: 1rem;
    border-block-start: 1px solid var(--_line);
  }
  .carrier dl {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.5rem;
  }
  .carrier dt {
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  .carrier dd {
    overflow-wrap: anywhere;
    font-variant-numeric: tabular-nums;
  }
  a {
    display: inline-flex;
    gap: 0.375rem;
    align-items: center;
    min-block-size: 1.5rem;
    color: var(--_accent);
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  a .icon {
    inline-size: 1rem;
    block-size: 1rem;
  }

  /* Notices and the states without tracking */
  .notice {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    justify-content: space-between;
    padding: 0.625rem 0.875rem;
    border: 1px solid var(--_warn);
    border-inline-start-width: 4px;
    border-radius: calc(var(--_radius) / 1.5);
    background: color-mix(in srgb, var(--_warn) 7%, var(--_bg));
  }
  .status button {
    margin-block-start: 0.75rem;
  }
  button {
    min-block-size: 2.5rem;
    padding: 0.375rem 1rem;
    border: 2px solid currentColor;
    border-radius: calc(var(--_radius) / 1.5);
    background: var(--_bg);
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  button:hover {
    background: color-mix(in srgb, var(--_accent) 10%, var(--_bg));
  }

  /* Loading: bones sit in the same boxes as the text they stand for, so nothing moves when it arrives */
  .bone {
    display: inline-block;
    max-inline-size: 100%;
    block-size: 0.85em;
    vertical-align: middle;
    border-radius: 0.25rem;
    background: var(--_tint);
    animation: pulse 1.6s ease-in-out infinite;
  }
  .w1 {
    inline-size: 3.5em;
  }
  .w2 {
    inline-size: 6em;
  }
  .w3 {
    inline-size: 9em;
  }
  .w4 {
    inline-size: 15em;
  }
  .skeleton .badge,
  .skeleton .marker {
    background: var(--_tint);
    border-color: transparent;
    animation: pulse 1.6s ease-in-out infinite;
  }
  @keyframes pulse {
    50% {
      opacity: 0.45;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .bone,
    .skeleton .badge,
    .skeleton .marker {
      animation: none;
    }
  }

  /* Narrow: the progress line stands up, so that no step's name has to break mid-word */
  @container (max-width: 26rem) {
    .card {
      padding: 0.875rem;
    }
    .event {
      grid-template-columns: minmax(0, 1fr);
    }
    .label {
      font-size: 1.125rem;
    }
    .progress {
      grid-template-columns: minmax(0, 1fr);
    }
    .step {
      grid-template-columns: auto minmax(0, 1fr);
      justify-items: start;
      align-items: center;
      gap: 0 0.625rem;
      padding-block-end: 0.5rem;
      text-align: start;
    }
    .step .flag {
      grid-column: 2;
    }
    .step:not(:last-child)::after {
      inset-block: 0.75rem -0.75rem;
      inset-inline-start: calc(0.75rem - 1px);
      inline-size: 0;
      border-block-start-width: 0;
      border-inline-start-width: 2px;
    }
  }

  /* Forced colours repaint text, borders and links by themselves; only what is drawn with backgrounds needs help. */
  @media (forced-colors: active) {
    .marker,
    .event::before,
    .bone,
    .skeleton .badge {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }
    .done .marker,
    .current .marker::after,
    .event.latest::before {
      forced-color-adjust: none;
      background: Highlight;
      border-color: Highlight;
      color: HighlightText;
    }
    .bone,
    .skeleton .badge,
    .skeleton .marker {
      background: GrayText;
    }
  }
`;
