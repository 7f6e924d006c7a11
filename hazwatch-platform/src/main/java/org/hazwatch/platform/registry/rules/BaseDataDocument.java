package org.hazwatch.platform.registry.rules;

import java.util.List;

/**
 * One enterprise's base data (基础数据, SPEC §2) and everything beneath it, as imported and exported through the
 * JSON API and the Excel workbook. Absent lists are empty; absent optional values are null.
 */
public record BaseDataDocument(Enterprise enterprise, List<HazardSource> hazardSources, List<Gateway> gateways,
                               List<Camera> cameras) {

    public BaseDataDocument {
        hazardSources = orEmpty(hazardSources);
        gateways = orEmpty(gateways);
        cameras = orEmpty(cameras);
    }

    /**
     * @param jurisdiction the county, town or park the enterprise reports to
     * @param park         the chemical park it lies in, if any and if {@code jurisdiction} is not that park
     */
    public record Enterprise(String code, String name, String creditCode, String jurisdiction, String park,
                             String address, Double lon, Double lat, Contacts contacts, String dutyPhone) {
    }

    /** 主要负责人 and 安全负责人. */
    public record Contacts(String principal, String principalPhone, String safetyManager,
                           String safetyManagerPhone) {
    }

    /** 重大危险源. */
    public record HazardSource(String code, String name, Integer exposedPeople, List<Chemical> chemicals,
                               List<CustodyPerson> custodyPersons, List<Equipment> equipment) {
        public HazardSource {
            chemicals = orEmpty(chemicals);
            custodyPersons = orEmpty(custodyPersons);
            equipment = orEmpty(equipment);
        }
    }

    /**
     * @param cas         null only for the table-1 entries that have none (煤气, 硝酸铵肥料, 烷基铝), found by name
     * @param hazardClass overrides the catalogue's class (GB 18218-2018 table 2), e.g. {@code W2}
     */
    public record Chemical(String cas, String name, String hazardClass, Double quantityTonnes) {

        /** What tells it apart within its hazard source: the CAS number, else the name. */
        public String key() {
            return cas != null ? cas : name;
        }
    }

    /** 包保责任人; role is {@code main}, {@code technical} or {@code operations}. */
    public record CustodyPerson(String role, String name, String phone, String position) {
    }

    /**
     * A tank, gas detector, process unit, warehouse or loading platform; the type-specific values are null where
     * they do not apply ({@link BaseDataValidator} says which apply to which type).
     *
     * @param medium          CAS of the main medium it holds or handles
     * @param loadingArms     鹤位数: the loading arms (positions) of a loading platform (装卸台, ZX)
     * @param loadingRateM3h  设计装卸能力: the platform's design loading rate, m³/h
     */
    public record Equipment(String code, String type, String name, String medium, Double volumeM3,
                            Double designPressureMpa, Double designTemperatureC, Double areaM2,
                            Double maxStockTonnes, Integer loadingArms, Double loadingRateM3h,
                            List<StorageMedium> storageMedia, List<Point> points) {
        public Equipment {
            storageMedia = orEmpty(storageMedia);
            points = orEmpty(points);
        }
    }

    /** @param form {@code gas}, {@code liquid} or {@code solid} */
    public record StorageMedium(String cas, String name, String form, Double maxQuantityTonnes) {
    }

    /** A monitoring point (监测点); limits and range in {@code unit}, delays in seconds. */
    public record Point(String code, String name, String kind, String unit, Double rangeLow, Double rangeHigh,
                       Double ll, Double l, Double h, Double hh, Double deadband, Integer onDelaySeconds,
                       Integer offDelaySeconds, String tagNumber) {
    }

    /** @param samplingPeriodSeconds how often it pushes readings; 60 s when absent (SPEC §4) */
    public record Gateway(String code, String name, String vendor, String ip, Integer samplingPeriodSeconds) {
    }

    /** A video camera, watching a hazard source or one equipment. */
    public record Camera(String code, String name, String hazardSource, String equipment, String streamUrl) {
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
