/**
 * « Écouter » : reads a page's main text aloud with the browser's own speech synthesis (nothing downloaded, no other
 * site). The buttons are written here, only when the browser can speak: without JavaScript or without
 * `speechSynthesis` the page shows nothing of it and is complete. Labels come from the page (src/components/Listen.astro).
 */

/** Elements that are not read: hidden parts, sources' addresses, controls. */
const SKIP = 'details, [hidden], [aria-hidden="true"], script, style, button, .listen, .no-listen';

/** The text of the elements matched by `selector`, in page order, each as one utterance. */
export function textsToRead(selector: string, root: ParentNode = document): string[] {
  return [...root.querySelectorAll<HTMLElement>(selector)]
    .map((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      for (const skip of copy.querySelectorAll(SKIP)) skip.remove();
      return copy.textContent.replace(/\s+/g, ' ').trim();
    })
    .filter((text) => text !== '');
}

/** A Belgian French voice first, then France's, then any French one; none: the browser's default for `lang`. */
function frenchVoice(synth: SpeechSynthesis): SpeechSynthesisVoice | undefined {
  const voices = synth.getVoices();
  return ['fr-BE', 'fr-FR', 'fr'].map((lang) => voices.find((v) => v.lang.replace('_', '-').startsWith(lang))).find((v) => v !== undefined);
}

function button(label: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'btn btn-secondary';
  b.textContent = label;
  return b;
}

function start(box: HTMLElement, synth: SpeechSynthesis): void {
  const selector = box.dataset['listen'] ?? '[data-listen-text]';
  const label = (name: string) => box.dataset[name] ?? name;
  const play = button(label('play'));
  const stop = button(label('stop'));
  stop.hidden = true;
  let speaking = false;
  let paused = false;

  const reset = () => {
    speaking = false;
    paused = false;
    play.textContent = label('play');
    stop.hidden = true;
  };
  play.addEventListener('click', () => {
    if (!speaking) {
      synth.cancel();
      const texts = textsToRead(selector);
      const voice = frenchVoice(synth);
      texts.forEach((text, i) => {
        const u = new SpeechSynthesisUtterance(text);
        u.lang = 'fr';
        if (voice) u.voice = voice;
        if (i === texts.length - 1) u.addEventListener('end', reset);
        synth.speak(u);
      });
      speaking = texts.length > 0;
      play.textContent = label('pause');
      stop.hidden = !speaking;
    } else if (paused) {
      synth.resume();
      paused = false;
      play.textContent = label('pause');
    } else {
      synth.pause();
      paused = true;
      play.textContent = label('resume');
    }
  });
  stop.addEventListener('click', () => {
    synth.cancel();
    reset();
    play.focus();
  });
  // Leaving the page stops the voice (Chromium keeps speaking otherwise).
  addEventListener('pagehide', () => {
    synth.cancel();
  });
  box.append(play, stop);
  box.hidden = false;
}

if ('speechSynthesis' in window) for (const box of document.querySelectorAll<HTMLElement>('[data-listen]')) start(box, window.speechSynthesis);
