/**
 * Text of a damaged scan as staff read it: the restored form (diacritics and OCR look-alikes repaired), with
 * the original as the source wrote it one click away. Clean texts show as they are.
 */
import { useState } from 'react';

export function RestoredText({ original, restored, share }: { original: string; restored: string | null | undefined; share: number | null | undefined }) {
  const [showOriginal, setShowOriginal] = useState(false);
  if (!restored || restored === original || !share) return <>{original}</>;
  return (
    <>
      <span data-restored={showOriginal ? 'original' : 'restored'}>{showOriginal ? original : restored}</span>{' '}
      <button type="button" className="dg-link-button" aria-pressed={showOriginal} onClick={() => setShowOriginal(!showOriginal)}>
        {showOriginal ? 'Xem bản đã phục hồi dấu' : `Xem nguyên bản (đã phục hồi ${Math.round(share * 100)}% số từ)`}
      </button>
    </>
  );
}
