// The upper body seen from the side at close range (facing right), shared by the shoulder-roll and drinking figures.
import { BodyShape, Head, Limb } from './parts';

/** Where the near arm hangs from. */
export const SHOULDER = [96, 110] as const;
/** The bottom of the neck: a head tilt turns about it. */
export const NECK_BASE = [96, 98] as const;

export function SideTorso() {
  return <BodyShape d="M68 214 C64 168 66 120 76 102 C84 86 108 84 116 96 C126 112 130 168 128 214 Z" />;
}

export function SideHeadAndNeck() {
  return (
    <>
      <Limb kind="neck" width={18} points={[NECK_BASE, [101, 72]]} />
      <Head at={[106, 52]} r={24} view="side" />
    </>
  );
}
