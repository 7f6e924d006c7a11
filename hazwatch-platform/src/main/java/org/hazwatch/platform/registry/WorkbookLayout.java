package org.hazwatch.platform.registry;

import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.util.CellReference;

/**
 * The base-data workbook, laid out like the provincial templates: one sheet per table, named in Chinese, the first
 * row Chinese column headers, one record per row, the parent's code as a column. Each column names the document
 * field it holds, so problems found in the document can be pointed at a cell.
 */
final class WorkbookLayout {

    enum Kind { TEXT, NUMBER, INTEGER }

    /** @param field the document field, relative to the row's record ({@code contacts.principal}), or {@link #PARENT} */
    record Column(String header, String field, Kind kind) {
    }

    record SheetLayout(String name, List<Column> columns) {

        /** The column letter holding {@code field}, if this sheet has it. */
        Optional<String> letterOf(String field) {
            for (int i = 0; i < columns.size(); i++) {
                if (field.equals(columns.get(i).field())) {
                    return Optional.of(CellReference.convertNumToColString(i));
                }
            }
            return Optional.empty();
        }

        /** The column record-level problems point at: the row's own code, or its CAS or role. */
        String keyLetter() {
            for (int i = 0; i < columns.size(); i++) {
                if (!PARENT.equals(columns.get(i).field())) {
                    return CellReference.convertNumToColString(i);
                }
            }
            return "A";
        }
    }

    /** The field name of the parent-code column. */
    static final String PARENT = "@parent";

    static final SheetLayout ENTERPRISE = new SheetLayout("企业基本信息", List.of(
            text("企业编码", "code"), text("企业名称", "name"), text("统一社会信用代码", "creditCode"),
            text("所属行政区划", "jurisdiction"), text("所在化工园区", "park"), text("详细地址", "address"),
            number("经度", "lon"), number("纬度", "lat"), text("主要负责人", "contacts.principal"),
            text("主要负责人电话", "contacts.principalPhone"), text("安全负责人", "contacts.safetyManager"),
            text("安全负责人电话", "contacts.safetyManagerPhone"), text("值班电话", "dutyPhone")));

    static final SheetLayout HAZARD_SOURCES = new SheetLayout("重大危险源", List.of(
            text("危险源编码", "code"), parent("企业编码"), text("危险源名称", "name"),
            integer("厂外500米内暴露人数", "exposedPeople")));

    static final SheetLayout CHEMICALS = new SheetLayout("危险化学品", List.of(
            parent("危险源编码"), text("CAS号", "cas"), text("化学品名称", "name"), text("危险性类别", "hazardClass"),
            number("实际存在量(t)", "quantityTonnes")));

    static final SheetLayout EQUIPMENT = new SheetLayout("设备设施", List.of(
            text("设备编码", "code"), parent("危险源编码"), text("设备类型", "type"), text("设备名称", "name"),
            text("主要介质CAS号", "medium"), number("容积(m³)", "volumeM3"), number("设计压力(MPa)", "designPressureMpa"),
            number("设计温度(℃)", "designTemperatureC"), number("面积(m²)", "areaM2"),
            number("最大储量(t)", "maxStockTonnes"), integer("鹤位数", "loadingArms"),
            number("设计装卸能力(m³/h)", "loadingRateM3h")));

    static final SheetLayout STORAGE_MEDIA = new SheetLayout("存储介质", List.of(
            parent("设备编码"), text("CAS号", "cas"), text("介质名称", "name"), text("形态", "form"),
            number("最大储存量(t)", "maxQuantityTonnes")));

    static final SheetLayout POINTS = new SheetLayout("监测点位", List.of(
            text("点位编码", "code"), parent("设备编码"), text("点位名称", "name"), text("监测类型", "kind"),
            text("单位", "unit"), number("量程下限", "rangeLow"), number("量程上限", "rangeHigh"),
            number("低低报", "ll"), number("低报", "l"), number("高报", "h"), number("高高报", "hh"),
            number("死区", "deadband"), integer("报警延时(s)", "onDelaySeconds"),
            integer("恢复延时(s)", "offDelaySeconds"), text("位号", "tagNumber")));

    static final SheetLayout GATEWAYS = new SheetLayout("网关", List.of(
            text("网关编码", "code"), parent("企业编码"), text("网关名称", "name"), text("厂商", "vendor"),
            text("IP地址", "ip"), integer("采集周期(s)", "samplingPeriodSeconds")));

    static final SheetLayout CAMERAS = new SheetLayout("视频", List.of(
            text("摄像头编码", "code"), parent("企业编码"), text("摄像头名称", "name"),
            text("危险源编码", "hazardSource"), text("设备编码", "equipment"), text("视频流地址", "streamUrl")));

    static final SheetLayout CUSTODY = new SheetLayout("包保责任人", List.of(
            parent("危险源编码"), text("责任类型", "role"), text("姓名", "name"), text("电话", "phone"),
            text("职务", "position")));

    static final List<SheetLayout> SHEETS = List.of(ENTERPRISE, HAZARD_SOURCES, CHEMICALS, EQUIPMENT, STORAGE_MEDIA,
            POINTS, GATEWAYS, CAMERAS, CUSTODY);

    private WorkbookLayout() {
    }

    private static Column text(String header, String field) {
        return new Column(header, field, Kind.TEXT);
    }

    private static Column number(String header, String field) {
        return new Column(header, field, Kind.NUMBER);
    }

    private static Column integer(String header, String field) {
        return new Column(header, field, Kind.INTEGER);
    }

    private static Column parent(String header) {
        return new Column(header, PARENT, Kind.TEXT);
    }
}
