// Sitting on an office chair, seen from the side: sitting tall, or sitting on the ball under one buttock.
import { Arrow, Ball, Chair, Floor, Head, Limb, Moving } from './parts';

/** Sitting tall: a plumb line through ear, shoulder and hip, and the upper body lengthening along it. */
export function SitTallFigure() {
  return (
    <g>
      <Floor />
      <Chair x={56} seat={140} />
      <Limb kind="leg" far points={[[82, 128], [126, 126], [126, 179], [142, 180]]} />
      <Limb kind="leg" points={[[80, 128], [130, 130], [133, 179], [149, 180]]} />
      <Moving move="lengthen">
        <Limb kind="arm" far points={[[81, 96], [88, 118], [110, 120]]} />
        <Limb kind="neck" points={[[79, 82], [82, 70]]} />
        <Limb kind="torso" points={[[78, 94], [80, 122]]} />
        <Head at={[84, 59]} view="side" />
        <Limb kind="arm" points={[[79, 97], [84, 121], [108, 124]]} />
      </Moving>
      <path class="illus-guide" d="M80 136 L80 30" />
      <Arrow d="M80 28 L80 22" tips={[[80, 20, -90]]} />
    </g>
  );
}

/** Sitting on the ball: it rests on the seat under the near buttock, and the body rocks slowly over it. */
export function HipBallSeatedFigure() {
  return (
    <g>
      <Floor />
      <Chair x={56} seat={140} />
      <Moving move="rock">
        <Limb kind="leg" far points={[[82, 116], [126, 116], [126, 179], [142, 180]]} />
        <Limb kind="leg" points={[[80, 116], [130, 120], [133, 179], [149, 180]]} />
        <Limb kind="arm" far points={[[81, 84], [88, 106], [110, 110]]} />
        <Limb kind="neck" points={[[79, 70], [82, 58]]} />
        <Limb kind="torso" points={[[78, 82], [80, 110]]} />
        <Head at={[84, 47]} view="side" />
        <Limb kind="arm" points={[[79, 85], [84, 109], [108, 114]]} />
      </Moving>
      <Moving move="ball-rock">
        <Ball at={[80, 125]} />
      </Moving>
      <Arrow d="M64 164 L98 164" tips={[[62, 164, 180], [100, 164, 0]]} />
    </g>
  );
}
