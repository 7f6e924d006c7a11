package org.hazwatch.platform.registry;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.hazwatch.platform.registry.rules.BaseDataDocument;
import org.hazwatch.platform.registry.rules.BaseDataDocument.Camera;
import org.hazwatch.platform.registry.rules.BaseDataDocument.Contacts;
import org.hazwatch.platform.registry.rules.BaseDataDocument.Equipment;
import org.hazwatch.platform.registry.rules.BaseDataDocument.Gateway;
import org.hazwatch.platform.registry.rules.BaseDataDocument.HazardSource;
import org.hazwatch.platform.registry.rules.BaseDataDocument.Point;
import org.hazwatch.platform.registry.rules.EnterprisePlacement;
import org.hazwatch.platform.registry.rules.Grading;
import org.hazwatch.protocol.PointKind;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The upserts of {@link BaseDataWriter}, one per table, keyed by each table's primary key. */
final class TreeWrites {

    /** SPEC §4: gateways push at least every 60 s unless configured otherwise. */
    static final int DEFAULT_SAMPLING_PERIOD_S = 60;

    private final JdbcClient jdbc;

    TreeWrites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void enterprise(BaseDataDocument.Enterprise e, EnterprisePlacement placement) {
        Contacts contacts = e.contacts() == null ? new Contacts(null, null, null, null) : e.contacts();
        jdbc.sql("""
                INSERT INTO enterprise (code, name, credit_code, address, lon, lat, division_code, park_code,
                    jurisdiction_path, principal, principal_phone, safety_manager, safety_manager_phone, duty_phone)
                VALUES (:code, :name, :credit, :address, :lon, :lat, :division, :park, :path, :principal,
                    :principalPhone, :safetyManager, :safetyManagerPhone, :dutyPhone)
                ON CONFLICT (code) DO UPDATE SET name = excluded.name, credit_code = excluded.credit_code,
                    address = excluded.address, lon = excluded.lon, lat = excluded.lat,
                    division_code = excluded.division_code, park_code = excluded.park_code,
                    jurisdiction_path = excluded.jurisdiction_path, principal = excluded.principal,
                    principal_phone = excluded.principal_phone, safety_manager = excluded.safety_manager,
                    safety_manager_phone = excluded.safety_manager_phone, duty_phone = excluded.duty_phone,
                    updated_at = now()
                """)
                .param("code", e.code()).param("name", e.name()).param("credit", e.creditCode())
                .param("address", e.address()).param("lon", e.lon()).param("lat", e.lat())
                .param("division", placement.divisionCode()).param("park", placement.parkCode())
                .param("path", placement.jurisdictionPath()).param("principal", contacts.principal())
                .param("principalPhone", contacts.principalPhone()).param("safetyManager", contacts.safetyManager())
                .param("safetyManagerPhone", contacts.safetyManagerPhone()).param("dutyPhone", e.dutyPhone())
                .update();
    }

    /** The official level, recorded by a regulator, is left as it is. */
    void hazardSource(String enterprise, HazardSource source, Grading grading) {
        jdbc.sql("""
                INSERT INTO hazard_source (code, enterprise_code, name, exposed_people, s, r, alpha, major_hazard,
                    computed_level, graded_at)
                VALUES (:code, :enterprise, :name, :people, :s, :r, :alpha, :major, :level, :gradedAt)
                ON CONFLICT (code) DO UPDATE SET name = excluded.name, exposed_people = excluded.exposed_people,
                    s = excluded.s, r = excluded.r, alpha = excluded.alpha, major_hazard = excluded.major_hazard,
                    computed_level = excluded.computed_level, graded_at = excluded.graded_at
                """)
                .param("code", source.code()).param("enterprise", enterprise).param("name", source.name())
                .param("people", source.exposedPeople()).param("s", grading.s()).param("r", grading.r())
                .param("alpha", grading.alpha()).param("major", grading.majorHazard())
                .param("level", grading.level())
                .param("gradedAt", OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC)).update();
        for (int i = 0; i < source.chemicals().size(); i++) {
            var c = source.chemicals().get(i);
            jdbc.sql("""
                    INSERT INTO hazard_chemical (hazard_source_code, enterprise_code, ordinal, cas, name, hazard_class,
                        quantity_t)
                    VALUES (:source, :enterprise, :ordinal, :cas, :name, :class, :q)
                    ON CONFLICT (hazard_source_code, chemical_key) DO UPDATE SET ordinal = excluded.ordinal,
                        name = excluded.name, hazard_class = excluded.hazard_class, quantity_t = excluded.quantity_t
                    """)
                    .param("source", source.code()).param("enterprise", enterprise).param("ordinal", i)
                    .param("cas", c.cas()).param("name", c.name()).param("class", c.hazardClass())
                    .param("q", c.quantityTonnes()).update();
        }
        for (var p : source.custodyPersons()) {
            jdbc.sql("""
                    INSERT INTO custody_person (hazard_source_code, enterprise_code, role, name, phone, position)
                    VALUES (:source, :enterprise, :role, :name, :phone, :position)
                    ON CONFLICT (hazard_source_code, role) DO UPDATE SET name = excluded.name,
                        phone = excluded.phone, position = excluded.position
                    """)
                    .param("source", source.code()).param("enterprise", enterprise).param("role", p.role())
                    .param("name", p.name()).param("phone", p.phone()).param("position", p.position()).update();
        }
        source.equipment().forEach(e -> equipment(enterprise, source.code(), e));
    }

    private void equipment(String enterprise, String source, Equipment e) {
        jdbc.sql("""
                INSERT INTO equipment (code, hazard_source_code, enterprise_code, type, name, medium_cas, volume_m3,
                    design_pressure_mpa, design_temperature_c, area_m2, max_stock_t, loading_arms, loading_rate_m3h)
                VALUES (:code, :source, :enterprise, :type, :name, :medium, :volume, :pressure, :temperature, :area,
                    :stock, :arms, :rate)
                ON CONFLICT (code) DO UPDATE SET type = excluded.type, name = excluded.name,
                    medium_cas = excluded.medium_cas, volume_m3 = excluded.volume_m3,
                    design_pressure_mpa = excluded.design_pressure_mpa,
                    design_temperature_c = excluded.design_temperature_c, area_m2 = excluded.area_m2,
                    max_stock_t = excluded.max_stock_t, loading_arms = excluded.loading_arms,
                    loading_rate_m3h = excluded.loading_rate_m3h
                """)
                .param("code", e.code()).param("source", source).param("enterprise", enterprise)
                .param("type", e.type()).param("name", e.name()).param("medium", e.medium())
                .param("volume", e.volumeM3()).param("pressure", e.designPressureMpa())
                .param("temperature", e.designTemperatureC()).param("area", e.areaM2())
                .param("stock", e.maxStockTonnes()).param("arms", e.loadingArms())
                .param("rate", e.loadingRateM3h()).update();
        for (int i = 0; i < e.storageMedia().size(); i++) {
            var m = e.storageMedia().get(i);
            jdbc.sql("""
                    INSERT INTO storage_medium (equipment_code, enterprise_code, ordinal, cas, name, form, max_quantity_t)
                    VALUES (:equipment, :enterprise, :ordinal, :cas, :name, :form, :max)
                    ON CONFLICT (equipment_code, cas) DO UPDATE SET ordinal = excluded.ordinal, name = excluded.name,
                        form = excluded.form, max_quantity_t = excluded.max_quantity_t
                    """)
                    .param("equipment", e.code()).param("enterprise", enterprise).param("ordinal", i)
                    .param("cas", m.cas()).param("name", m.name()).param("form", m.form())
                    .param("max", m.maxQuantityTonnes()).update();
        }
        e.points().forEach(p -> point(enterprise, e.code(), p));
    }

    /** A point without a unit takes its kind's usual unit. */
    private void point(String enterprise, String equipment, Point p) {
        String unit = p.unit() != null ? p.unit() : PointKind.of(p.kind()).orElseThrow().usualUnit();
        jdbc.sql("""
                INSERT INTO point (code, equipment_code, enterprise_code, kind, name, unit, range_low, range_high,
                    ll, l, h, hh, deadband, on_delay_s, off_delay_s, tag_number)
                VALUES (:code, :equipment, :enterprise, :kind, :name, :unit, :low, :high, :ll, :l, :h, :hh,
                    :deadband, :on, :off, :tag)
                ON CONFLICT (code) DO UPDATE SET kind = excluded.kind, name = excluded.name, unit = excluded.unit,
                    range_low = excluded.range_low, range_high = excluded.range_high, ll = excluded.ll,
                    l = excluded.l, h = excluded.h, hh = excluded.hh, deadband = excluded.deadband,
                    on_delay_s = excluded.on_delay_s, off_delay_s = excluded.off_delay_s,
                    tag_number = excluded.tag_number
                """)
                .param("code", p.code()).param("equipment", equipment).param("enterprise", enterprise)
                .param("kind", p.kind()).param("name", p.name()).param("unit", unit)
                .param("low", p.rangeLow()).param("high", p.rangeHigh()).param("ll", p.ll()).param("l", p.l())
                .param("h", p.h()).param("hh", p.hh()).param("deadband", p.deadband())
                .param("on", p.onDelaySeconds()).param("off", p.offDelaySeconds()).param("tag", p.tagNumber())
                .update();
    }

    /** @param newSecret the secret of a gateway being created; null for an existing one, whose secret stays */
    void gateway(String enterprise, Gateway g, String newSecret) {
        int period = g.samplingPeriodSeconds() == null ? DEFAULT_SAMPLING_PERIOD_S : g.samplingPeriodSeconds();
        String sql = newSecret != null
                ? """
                  INSERT INTO gateway (code, enterprise_code, name, vendor, ip, sampling_period_s, secret)
                  VALUES (:code, :enterprise, :name, :vendor, :ip, :period, :secret)
                  """
                : """
                  UPDATE gateway SET name = :name, vendor = :vendor, ip = :ip, sampling_period_s = :period
                  WHERE code = :code AND enterprise_code = :enterprise
                  """;
        var statement = jdbc.sql(sql).param("code", g.code()).param("enterprise", enterprise)
                .param("name", g.name()).param("vendor", g.vendor()).param("ip", g.ip()).param("period", period);
        (newSecret != null ? statement.param("secret", newSecret) : statement).update();
    }

    void camera(String enterprise, Camera c) {
        jdbc.sql("""
                INSERT INTO camera (code, enterprise_code, hazard_source_code, equipment_code, name, stream_url)
                VALUES (:code, :enterprise, :source, :equipment, :name, :url)
                ON CONFLICT (code) DO UPDATE SET hazard_source_code = excluded.hazard_source_code,
                    equipment_code = excluded.equipment_code, name = excluded.name, stream_url = excluded.stream_url
                """)
                .param("code", c.code()).param("enterprise", enterprise).param("source", c.hazardSource())
                .param("equipment", c.equipment()).param("name", c.name()).param("url", c.streamUrl()).update();
    }
}
