// A face seen from the front, close up: fingertips on the chewing muscles, and the jaw opening slowly.
import { Arrow, BodyShape, Limb, Moving } from './parts';

/** The face, with the mouth as its own shape so it can open. */
function Face({ mouth }: { mouth: 'rest' | 'opening' }) {
  return (
    <g class="illus-head illus-head--front">
      <Limb kind="neck" width={40} points={[[100, 176], [100, 136]]} />
      <BodyShape d="M24 214 C26 184 56 170 100 170 C144 170 174 184 176 214 Z" />
      <ellipse class="illus-skin" cx={54} cy={96} rx={8} ry={13} />
      <ellipse class="illus-skin" cx={146} cy={96} rx={8} ry={13} />
      <ellipse class="illus-outline" cx={54} cy={96} rx={8} ry={13} />
      <ellipse class="illus-outline" cx={146} cy={96} rx={8} ry={13} />
      <ellipse class="illus-skin" cx={100} cy={92} rx={46} ry={56} />
      <path class="illus-hair" d="M56 76 C56 32 144 32 144 76 C128 60 96 52 56 76 Z" />
      <ellipse class="illus-outline" cx={100} cy={92} rx={46} ry={56} />
      <circle class="illus-face" cx={82} cy={88} r={3.5} />
      <circle class="illus-face" cx={118} cy={88} r={3.5} />
      <path class="illus-face-line" d="M100 94 L97 108 L102 109" />
      {mouth === 'rest' ? (
        <path class="illus-face-line" d="M90 126 Q100 130 110 126" />
      ) : (
        <Moving move="mouth-open">
          <ellipse class="illus-mouth" cx={100} cy={128} rx={9} ry={9} />
        </Moving>
      )}
    </g>
  );
}

/** One hand with two fingertips on the chewing muscle, just in front of the ear. */
function Hand({ mirror }: { mirror?: boolean }) {
  return (
    <g transform={mirror ? 'translate(200 0) scale(-1 1)' : undefined}>
      <Limb kind="arm" width={20} points={[[14, 214], [40, 162]]} />
      <Limb kind="arm" width={16} points={[[40, 162], [52, 138]]} />
      <Limb kind="finger" width={6} points={[[54, 140], [66, 114]]} />
      <Limb kind="finger" width={6} points={[[47, 140], [58, 118]]} />
    </g>
  );
}

/** Fingertips pressing in small slow circles, with a ring marking the spot. */
export function JawPressFigure() {
  return (
    <g>
      <Face mouth="rest" />
      {[false, true].map((mirror) => (
        <Moving move="orbit" origin={mirror ? [137, 116] : [63, 116]}>
          <Moving move="orbit-counter" origin={mirror ? [137, 118] : [63, 118]}>
            <Hand mirror={mirror} />
          </Moving>
        </Moving>
      ))}
      <Moving move="pulse">
        <circle class="illus-pressure" cx={66} cy={116} r={10} />
        <circle class="illus-pressure" cx={134} cy={116} r={10} />
      </Moving>
    </g>
  );
}

/** The mouth opens and closes slowly, the jaw hanging loose. */
export function JawOpenCloseFigure() {
  return (
    <g>
      <Face mouth="opening" />
      <Arrow d="M164 124 L164 150" tips={[[164, 122, -90], [164, 152, 90]]} />
    </g>
  );
}
