/** The playground's sheet chart is the shared MatrixChart (also the pane's preview, issue 11). */
export { MatrixChart as ChartSvg, chartFrame, placeLabels } from "../components/MatrixChart";
export type { ChartFrame } from "../components/MatrixChart";
