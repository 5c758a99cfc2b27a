// Shared pieces of the step illustrations (limbs, heads, ball, wall, chair, arrows), so every figure is drawn alike.
import type { ComponentChildren, JSX } from 'preact';

/** A point in the 200 × 200 drawing. */
export type Pt = readonly [number, number];

const toPoints = (points: readonly Pt[]): string => points.map(([x, y]) => `${x},${y}`).join(' ');

/**
 * Pins a rotation or scale to a point of the drawing. Figures know where a hip or a neck is;
 * the stylesheet only knows which way it moves.
 */
function pivot([x, y]: Pt): JSX.CSSProperties {
  return { transformBox: 'view-box', transformOrigin: `${x}px ${y}px` };
}

/** Thickness of each kind of limb, inside its ink outline. */
const LIMB_WIDTH = { arm: 8, leg: 11, neck: 12, torso: 24 } as const;
/** The ink line on each side of a limb. */
const OUTLINE = 5;

/**
 * A rounded body part along a line of joints: an ink outline with the body colour inside,
 * drawn as one polyline so knees and elbows bend without seams. `far` shades the limb
 * on the far side of the body; `width` overrides the kind's thickness (close-ups).
 */
export function Limb({ points, kind, width, far }: { points: readonly Pt[]; kind: keyof typeof LIMB_WIDTH; width?: number; far?: boolean }) {
  const pts = toPoints(points);
  const w = width ?? LIMB_WIDTH[kind];
  return (
    <g class={`illus-limb illus-limb--${kind}${far ? ' illus-limb--far' : ''}`}>
      <polyline class="illus-limb__outline" points={pts} stroke-width={w + 2 * OUTLINE} />
      <polyline class="illus-limb__fill" points={pts} stroke-width={w} />
    </g>
  );
}

type HeadView = 'side' | 'front';

/**
 * A head seen from the side (facing right) or the front. Hair, eyes and nose
 * show which way it faces; `eyes="closed"` for calm breathing.
 */
export function Head({ at: [x, y], r = 15, view, eyes = 'open' }: { at: Pt; r?: number; view: HeadView; eyes?: 'open' | 'closed' }) {
  // Features are placed in head radii from the centre.
  const p = (dx: number, dy: number) => `${(x + dx * r).toFixed(1)} ${(y + dy * r).toFixed(1)}`;
  const eye = (dx: number, dy: number) =>
    eyes === 'open' ? (
      <circle class="illus-face" cx={x + dx * r} cy={y + dy * r} r={Math.max(2, r * 0.13)} />
    ) : (
      <path class="illus-face-line" d={`M${p(dx - 0.2, dy)} Q${p(dx, dy + 0.16)} ${p(dx + 0.2, dy)}`} />
    );
  return (
    <g class={`illus-head illus-head--${view}`}>
      <circle class="illus-skin" cx={x} cy={y} r={r} />
      {view === 'side' && (
        <>
          <path class="illus-hair" d={`M${p(0.45, -0.89)} A${r} ${r} 0 0 0 ${p(-0.87, 0.5)} Q${p(-0.55, -0.15)} ${p(-0.2, -0.45)} Q${p(0.15, -0.7)} ${p(0.45, -0.89)} Z`} />
          {eye(0.55, -0.12)}
          <path class="illus-face-line" d={`M${p(0.55, 0.58)} L${p(0.8, 0.52)}`} />
        </>
      )}
      {view === 'front' && (
        <>
          <path class="illus-hair" d={`M${p(-0.97, -0.1)} A${r} ${r} 0 0 1 ${p(0.97, -0.1)} Q${p(0.3, -0.75)} ${p(-0.97, -0.1)} Z`} />
          {eye(-0.38, 0.08)}
          {eye(0.38, 0.08)}
          <path class="illus-face-line" d={`M${p(-0.25, 0.5)} Q${p(0, 0.7)} ${p(0.25, 0.5)}`} />
        </>
      )}
      <circle class="illus-outline" cx={x} cy={y} r={r} />
      {view === 'side' && <path class="illus-nose" d={`M${p(0.96, -0.18)} L${p(1.2, 0.22)} L${p(0.92, 0.3)}`} />}
    </g>
  );
}

/**
 * A torso seen from the front, broad at the shoulders and narrower at the hips, between the
 * middle of the shoulder line (`top`) and of the hips (`bottom`).
 */
export function FrontTorso({ top: [tx, ty], bottom: [bx, by] }: { top: Pt; bottom: Pt }) {
  return (
    <path
      class="illus-body-shape"
      d={`M${tx - 22} ${ty + 9} Q${tx - 22} ${ty} ${tx - 12} ${ty} L${tx + 12} ${ty} Q${tx + 22} ${ty} ${tx + 22} ${ty + 9} L${bx + 18} ${by - 7} Q${bx + 18} ${by} ${bx + 10} ${by} L${bx - 10} ${by} Q${bx - 18} ${by} ${bx - 18} ${by - 7} Z`}
    />
  );
}

/** A body part drawn as an outlined shape rather than a limb: the chest and shoulders of a close-up. */
export function BodyShape({ d }: { d: string }) {
  return <path class="illus-body-shape" d={d} />;
}

/** The firm massage ball, in the contrasting colour, with a shine that shows it rolling. */
export function Ball({ at: [x, y], r = 11 }: { at: Pt; r?: number }) {
  return (
    <g class="illus-ball">
      <circle class="illus-ball__body" cx={x} cy={y} r={r} />
      <path class="illus-ball__shine" d={`M${x - r * 0.55} ${y - r * 0.1} A${r * 0.55} ${r * 0.55} 0 0 1 ${x - r * 0.05} ${y - r * 0.55}`} />
    </g>
  );
}

/** A wall as a vertical band, with its face (the edge people touch) at x = `face`. */
export function Wall({ face, side }: { face: number; side: 'left' | 'right' }) {
  const [from, to] = side === 'left' ? [6, face] : [face, 194];
  return (
    <g class="illus-wall">
      <rect class="illus-wall__band" x={from} y={6} width={to - from} height={182} rx={3} />
      <line class="illus-wall__face" x1={face} y1={8} x2={face} y2={186} />
    </g>
  );
}

/** The floor line. */
export function Floor({ from = 12, to = 188, y = 190 }: { from?: number; to?: number; y?: number }) {
  return <line class="illus-floor" x1={from} y1={y} x2={to} y2={y} />;
}

/** An office chair seen from the side, its back on the left: seat from `x` to `x + depth` at height `seat`. */
export function Chair({ x, seat, depth = 50 }: { x: number; seat: number; depth?: number }) {
  return (
    <g class="illus-chair">
      <path class="illus-chair__frame" d={`M${x + 8} ${seat + 4} L${x + 6} 188 M${x + depth - 6} ${seat + 4} L${x + depth - 4} 188`} />
      <path class="illus-chair__frame" d={`M${x} ${seat} L${x - 4} ${seat - 54}`} />
      <line class="illus-chair__seat" x1={x} y1={seat} x2={x + depth} y2={seat} />
    </g>
  );
}

/** Where an arrow head sits and which way it points (degrees, 0 = right, 90 = down). */
type Tip = readonly [x: number, y: number, angle: number];

/**
 * A thin arrow showing the movement, so the figure still says what to do when animations are
 * off. `d` is the shaft; each tip draws a head (two for a back-and-forth movement).
 */
export function Arrow({ d, tips }: { d: string; tips: readonly Tip[] }) {
  const head = ([x, y, angle]: Tip) => {
    const wing = (turn: number) => {
      const a = ((angle + turn) * Math.PI) / 180;
      return `${(x + 7 * Math.cos(a)).toFixed(1)} ${(y + 7 * Math.sin(a)).toFixed(1)}`;
    };
    return `M${wing(145)} L${x} ${y} L${wing(-145)}`;
  };
  return (
    <g class="illus-arrow">
      <path d={d} />
      <path d={tips.map(head).join(' ')} />
    </g>
  );
}

/** A group that a stylesheet animation moves, pinned at `origin` when it turns or stretches. */
export function Moving({ move, origin, children }: { move: string; origin?: Pt; children: ComponentChildren }) {
  return (
    <g class={`illus-move illus-move--${move}`} style={origin ? pivot(origin) : undefined}>
      {children}
    </g>
  );
}
