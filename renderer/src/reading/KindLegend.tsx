/** Explains the highlight styles (colour and underline) of the three claim kinds. */
export function KindLegend() {
  return (
    <p className="legend" aria-label="Highlight legend">
      <span className="hl hl--quote">Quote</span>
      <span className="hl hl--event">Event</span>
      <span className="hl hl--quantity">Quantity</span>
      <span className="speaker">Speaker</span>
    </p>
  );
}
