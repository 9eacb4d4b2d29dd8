/**
 * Writes of several requests with calculation suspended (ExcelApi 1.6): Excel then does not
 * recalculate after each call, and "it is the developer's responsibility to re-calc the workbook"
 * (Application.suspendApiCalculationUntilNextSync). So every request but the last is suspended, and
 * the last one, unsuspended, ends with a recalculation (Application.calculate, ExcelApi 1.1) that
 * propagates what the suspended ones wrote. No extra sync: the recalculation rides on the last request.
 */
export function queueCalculated(context: Excel.RequestContext, last: boolean, queue: () => void): void {
  if (!last) context.application.suspendApiCalculationUntilNextSync();
  queue();
  // A string, not Excel.CalculationType.recalculate: the enum object is not there before Office loads.
  if (last) context.application.calculate("Recalculate");
}
