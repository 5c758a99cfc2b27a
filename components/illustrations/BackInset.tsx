// A small back view beside the wall-ball figures: it shows the ball sits beside the spine, never on it.
import { Ball } from './parts';

/** Where the ball rests, seen from behind: between spine and shoulder blade, or at the top of the shoulder. */
export function BackInset({ spot }: { spot: 'blade' | 'upper' }) {
  return (
    <g class="illus-inset">
      <circle class="illus-inset__frame" cx={164} cy={38} r={30} />
      <path class="illus-inset__back" d="M143 64 L145 45 Q147 36 164 35 Q181 36 183 45 L185 64 Z" />
      <circle class="illus-inset__head" cx={164} cy={22} r={8} />
      <path class="illus-inset__spine" d="M164 36 L164 64" />
      <path class="illus-inset__blade" d="M153 42 Q148 50 153 57 M175 42 Q180 50 175 57" />
      <Ball at={spot === 'blade' ? [158, 49] : [156, 39]} r={4.5} />
    </g>
  );
}
