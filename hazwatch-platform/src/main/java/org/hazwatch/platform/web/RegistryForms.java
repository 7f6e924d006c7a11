package org.hazwatch.platform.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hazwatch.platform.registry.rules.BaseDataDocument;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.support.Problem;

/**
 * The single-object forms of the base-data pages (基础数据): the typed values read from the form's text fields;
 * a field that is not a number is refused here, by its name, before anything is sent to the registry, whose checks
 * (the import's) do the rest.
 */
final class RegistryForms {

    /** The fields of each form, in order, with their Chinese labels. */
    static final Map<String, String> POINT = fields("name:点位名称", "kind:监测类型", "unit:单位",
            "rangeLow:量程下限", "rangeHigh:量程上限", "ll:低低报", "l:低报", "h:高报", "hh:高高报",
            "deadband:死区", "onDelaySeconds:报警延时(s)", "offDelaySeconds:恢复延时(s)", "tagNumber:位号");
    static final Map<String, String> EQUIPMENT = fields("name:设备名称", "medium:主要介质CAS号",
            "volumeM3:容积(m³)", "designPressureMpa:设计压力(MPa)", "designTemperatureC:设计温度(℃)",
            "areaM2:面积(m²)", "maxStockTonnes:最大储量(t)", "loadingArms:鹤位数",
            "loadingRateM3h:设计装卸能力(m³/h)");
    static final Map<String, String> HAZARD_SOURCE = fields("name:危险源名称", "exposedPeople:厂外500米内暴露人数");
    static final Map<String, String> CAMERA = fields("name:摄像头名称", "hazardSource:危险源编码", "equipment:设备编码",
            "streamUrl:视频流地址");

    private final Map<String, String> values;
    private final List<Problem> problems = new ArrayList<>();

    RegistryForms(Map<String, String> values) {
        this.values = values;
    }

    static Map<String, String> values(BaseDataDocument.Point p) {
        return strings("name", p.name(), "kind", p.kind(), "unit", p.unit(), "rangeLow", p.rangeLow(),
                "rangeHigh", p.rangeHigh(), "ll", p.ll(), "l", p.l(), "h", p.h(), "hh", p.hh(),
                "deadband", p.deadband(), "onDelaySeconds", p.onDelaySeconds(), "offDelaySeconds",
                p.offDelaySeconds(), "tagNumber", p.tagNumber());
    }

    static Map<String, String> values(BaseDataDocument.Equipment e) {
        return strings("name", e.name(), "medium", e.medium(), "volumeM3", e.volumeM3(), "designPressureMpa",
                e.designPressureMpa(), "designTemperatureC", e.designTemperatureC(), "areaM2", e.areaM2(),
                "maxStockTonnes", e.maxStockTonnes(), "loadingArms", e.loadingArms(), "loadingRateM3h",
                e.loadingRateM3h());
    }

    static Map<String, String> values(BaseDataDocument.HazardSource h) {
        return strings("name", h.name(), "exposedPeople", h.exposedPeople());
    }

    static Map<String, String> values(BaseDataDocument.Camera c) {
        return strings("name", c.name(), "hazardSource", c.hazardSource(), "equipment", c.equipment(),
                "streamUrl", c.streamUrl());
    }

    BaseDataDocument.Point point(String code) {
        var point = new BaseDataDocument.Point(code, text("name"), text("kind"), text("unit"), number("rangeLow"),
                number("rangeHigh"), number("ll"), number("l"), number("h"), number("hh"), number("deadband"),
                integer("onDelaySeconds"), integer("offDelaySeconds"), text("tagNumber"));
        return checked(point);
    }

    /** The equipment's own fields; type and storage media stay as stored. */
    BaseDataDocument.Equipment equipment(BaseDataDocument.Equipment stored) {
        var equipment = new BaseDataDocument.Equipment(stored.code(), stored.type(), text("name"), text("medium"),
                number("volumeM3"), number("designPressureMpa"), number("designTemperatureC"), number("areaM2"),
                number("maxStockTonnes"), integer("loadingArms"), number("loadingRateM3h"), stored.storageMedia(),
                List.of());
        return checked(equipment);
    }

    /** The hazard source's name and exposed people; chemicals and custody persons stay as stored. */
    BaseDataDocument.HazardSource hazardSource(BaseDataDocument.HazardSource stored) {
        var source = new BaseDataDocument.HazardSource(stored.code(), text("name"), integer("exposedPeople"),
                stored.chemicals(), stored.custodyPersons(), List.of());
        return checked(source);
    }

    BaseDataDocument.Camera camera(String code) {
        return checked(new BaseDataDocument.Camera(code, text("name"), text("hazardSource"), text("equipment"),
                text("streamUrl")));
    }

    private <T> T checked(T value) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return value;
    }

    private String text(String field) {
        String value = values.get(field);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private Double number(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            return Double.valueOf(value);
        } catch (NumberFormatException e) {
            problems.add(new Problem(field, "必须是数字，不是 " + value));
            return null;
        }
    }

    private Integer integer(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            problems.add(new Problem(field, "必须是整数，不是 " + value));
            return null;
        }
    }

    private static Map<String, String> fields(String... specs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String spec : specs) {
            fields.put(spec.substring(0, spec.indexOf(':')), spec.substring(spec.indexOf(':') + 1));
        }
        return fields;
    }

    private static Map<String, String> strings(Object... fieldsAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            Object v = fieldsAndValues[i + 1];
            map.put((String) fieldsAndValues[i], v == null ? "" : v instanceof Double d
                    ? java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString()
                    : v.toString());
        }
        return map;
    }
}
