/** The playground's sheet chart is the shared MatrixChart (also the pane's preview). */
export { MatrixChart as ChartSvg, chartFrame, placeLabels } from "../../taskpane/components/MatrixChart";
export type { ChartFrame } from "../../taskpane/components/MatrixChart";
