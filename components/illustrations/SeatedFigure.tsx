// Sitting on an office chair, seen from the side: sitting tall, or sitting on the ball under one buttock.
import { Arrow, Ball, Chair, Floor, Head, Limb, Moving } from './parts';

/** Sitting tall: a plumb line through ear, shoulder and hip, and the upper body lengthening along it. */
export function SitTallFigure() {
  return (
    <g>
      <Floor />
      <Chair x={52} seat={124} />
      <Limb kind="leg" far points={[[80, 112], [126, 110], [126, 179], [142, 180]]} />
      <Limb kind="leg" points={[[78, 112], [130, 114], [133, 179], [149, 180]]} />
      <Moving move="lengthen">
        <Limb kind="arm" far points={[[80, 74], [88, 98], [110, 102]]} />
        <Limb kind="neck" points={[[78, 56], [81, 44]]} />
        <Limb kind="torso" points={[[76, 70], [78, 104]]} />
        <Head at={[84, 34]} view="side" />
        <Limb kind="arm" points={[[78, 74], [86, 100], [110, 106]]} />
      </Moving>
      <path class="illus-guide" d="M80 118 L80 14" />
      <Arrow d="M80 14 L80 6" tips={[[80, 5, -90]]} />
    </g>
  );
}

/** Sitting on the ball: it rests on the seat under the near buttock, and the body rocks slowly over it. */
export function HipBallSeatedFigure() {
  return (
    <g>
      <Floor />
      <Chair x={52} seat={124} />
      <Moving move="rock">
        <Limb kind="leg" far points={[[82, 100], [126, 104], [126, 179], [142, 180]]} />
        <Limb kind="leg" points={[[80, 100], [130, 106], [133, 179], [149, 180]]} />
        <Limb kind="arm" far points={[[82, 62], [90, 86], [112, 94]]} />
        <Limb kind="neck" points={[[80, 44], [83, 32]]} />
        <Limb kind="torso" points={[[78, 58], [80, 92]]} />
        <Head at={[86, 22]} view="side" />
        <Limb kind="arm" points={[[80, 62], [88, 88], [112, 96]]} />
      </Moving>
      <Moving move="ball-rock">
        <Ball at={[80, 110]} />
      </Moving>
      <Arrow d="M64 150 L96 150" tips={[[62, 150, 180], [98, 150, 0]]} />
    </g>
  );
}
