// A face seen from the front, close up: fingertips on the chewing muscles, and the jaw opening slowly.
import { Arrow, BodyShape, Limb, Moving } from './parts';

/** The face, with the mouth as its own shape so it can open. */
function Face({ mouth }: { mouth: 'rest' | 'opening' }) {
  return (
    <g class="illus-head illus-head--front">
      <Limb kind="neck" width={40} points={[[100, 176], [100, 136]]} />
      <BodyShape d="M24 214 C26 184 56 170 100 170 C144 170 174 184 176 214 Z" />
      {[54, 146].map((cx) => (
        <ellipse key={cx} class="illus-ear" cx={cx} cy={96} rx={8} ry={13} />
      ))}
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

/** A hand coming up from below, fingertips together on the chewing muscle in front of the ear. */
function Hand({ mirror }: { mirror?: boolean }) {
  return (
    <g transform={mirror ? 'translate(200 0) scale(-1 1)' : undefined}>
      <Limb kind="arm" width={17} points={[[28, 216], [42, 164], [62, 120]]} />
    </g>
  );
}

/** Fingertips pressing in small slow circles, with a ring marking the spot. */
export function JawPressFigure() {
  return (
    <g>
      <Face mouth="rest" />
      {[false, true].map((mirror) => (
        <g key={String(mirror)}>
          <Moving move="orbit" origin={[mirror ? 138 : 62, 116]}>
            <Moving move="orbit-counter" origin={[mirror ? 138 : 62, 118]}>
              <Hand mirror={mirror} />
            </Moving>
          </Moving>
          <Moving move="pulse">
            <circle class="illus-pressure" cx={mirror ? 136 : 64} cy={116} r={12} />
          </Moving>
        </g>
      ))}
    </g>
  );
}

/** The mouth opens and closes slowly, the jaw hanging loose. */
export function JawOpenCloseFigure() {
  return (
    <g>
      <Face mouth="opening" />
      <Arrow d="M166 122 L166 150" tips={[[166, 120, -90], [166, 152, 90]]} />
    </g>
  );
}
