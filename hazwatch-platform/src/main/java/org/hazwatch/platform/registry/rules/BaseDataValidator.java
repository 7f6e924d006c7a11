package org.hazwatch.platform.registry.rules;

import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.hazwatch.platform.org.Jurisdiction;
import org.hazwatch.platform.registry.rules.BaseDataDocument.Camera;
import org.hazwatch.platform.registry.rules.BaseDataDocument.Chemical;
import org.hazwatch.platform.registry.rules.BaseDataDocument.Enterprise;
import org.hazwatch.platform.registry.rules.BaseDataDocument.Gateway;
import org.hazwatch.protocol.Codes;

/**
 * Checks a whole base-data document and reports every problem at once, each at its JSON path
 * ({@code hazardSources[0].equipment[0].points[1].hh}). A document with no problem can be stored as it is.
 */
public final class BaseDataValidator {

    private static final Pattern IPV4 = Pattern.compile("((25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1?\\d?\\d)");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:]*:[0-9a-fA-F:.]*");
    private static final Set<String> STREAM_SCHEMES = Set.of("rtsp", "rtmp", "http", "https");
    private static final int MAX_CAMERA_CODE = 32;

    private final Function<String, Optional<Jurisdiction>> tree;
    private final Function<ChemicalAmount, List<String>> gradable;
    private final boolean registered;

    /**
     * @param tree       finds a jurisdiction node by code
     * @param gradable   reasons a chemical cannot be graded under GB 18218 ({@code Gb18218Grading::check})
     * @param registered whether the document's enterprise is registered already (see {@link EnterprisePlacement})
     */
    public BaseDataValidator(Function<String, Optional<Jurisdiction>> tree,
                             Function<ChemicalAmount, List<String>> gradable, boolean registered) {
        this.tree = tree;
        this.gradable = gradable;
        this.registered = registered;
    }

    public List<DocumentProblem> check(BaseDataDocument document) {
        Checks checks = new Checks();
        if (document == null || document.enterprise() == null) {
            checks.add("enterprise", "is missing");
            return checks.problems();
        }
        Enterprise enterprise = document.enterprise();
        boolean codeOk = enterprise(checks, enterprise);
        String enterpriseCode = codeOk ? enterprise.code() : null;
        Map<String, String> codes = new HashMap<>();
        for (int i = 0; i < document.hazardSources().size(); i++) {
            new HazardSourceChecks(checks, codes, gradable)
                    .check("hazardSources[" + i + "]", document.hazardSources().get(i), enterpriseCode);
        }
        for (int i = 0; i < document.gateways().size(); i++) {
            gateway(checks, codes, "gateways[" + i + "]", document.gateways().get(i), enterpriseCode);
        }
        Set<String> hazardCodes = new HashSet<>();
        Set<String> equipmentCodes = new HashSet<>();
        document.hazardSources().forEach(h -> {
            hazardCodes.add(h.code());
            h.equipment().forEach(e -> equipmentCodes.add(e.code()));
        });
        for (int i = 0; i < document.cameras().size(); i++) {
            camera(checks, codes, "cameras[" + i + "]", document.cameras().get(i), enterpriseCode, hazardCodes,
                    equipmentCodes);
        }
        return checks.problems();
    }

    private boolean enterprise(Checks checks, Enterprise enterprise) {
        boolean codeOk = Codes.checkEnterprise(enterprise.code()).map(r -> {
            checks.add("enterprise.code", r);
            return false;
        }).orElse(true);
        checks.required("enterprise.name", enterprise.name());
        checks.creditCode("enterprise.creditCode", enterprise.creditCode());
        checks.required("enterprise.jurisdiction", enterprise.jurisdiction());
        if (codeOk && enterprise.jurisdiction() != null && !enterprise.jurisdiction().isBlank()
                && EnterprisePlacement.place(enterprise.code(), enterprise.jurisdiction(), enterprise.park(), tree,
                registered) instanceof EnterprisePlacement.Refused refused) {
            refused.problems().forEach(p -> checks.add("enterprise." + p.path(), p.reason()));
        }
        coordinates(checks, enterprise.lon(), enterprise.lat());
        if (enterprise.contacts() != null) {
            checks.phone("enterprise.contacts.principalPhone", enterprise.contacts().principalPhone());
            checks.phone("enterprise.contacts.safetyManagerPhone", enterprise.contacts().safetyManagerPhone());
        }
        checks.phone("enterprise.dutyPhone", enterprise.dutyPhone());
        return codeOk;
    }

    /** Within China's extent, which also catches longitude and latitude given the wrong way round. */
    private static void coordinates(Checks checks, Double lon, Double lat) {
        if ((lon == null) != (lat == null)) {
            checks.add(lon == null ? "enterprise.lon" : "enterprise.lat", "give both lon and lat, or neither");
        }
        if (lon != null && !(lon >= 73 && lon <= 136)) {
            checks.add("enterprise.lon", "longitude " + Checks.show(lon) + " lies outside China (73 … 136 °E)");
        }
        if (lat != null && !(lat >= 3 && lat <= 54)) {
            checks.add("enterprise.lat", "latitude " + Checks.show(lat) + " lies outside China (3 … 54 °N)");
        }
    }

    private static void gateway(Checks checks, Map<String, String> codes, String path, Gateway gateway,
                                String enterpriseCode) {
        Codes.checkGateway(gateway.code(), enterpriseCode).ifPresentOrElse(r -> checks.add(path + ".code", r),
                () -> unique(checks, codes, path, gateway.code()));
        checks.required(path + ".name", gateway.name());
        if (gateway.ip() != null && !IPV4.matcher(gateway.ip()).matches() && !IPV6.matcher(gateway.ip()).matches()) {
            checks.add(path + ".ip", "IP address " + gateway.ip() + " is neither IPv4 nor IPv6");
        }
        Integer period = gateway.samplingPeriodSeconds();
        if (period != null && (period < 1 || period > 3600)) {
            checks.add(path + ".samplingPeriodSeconds", "must be between 1 and 3600 s, not " + period);
        }
    }

    private static void camera(Checks checks, Map<String, String> codes, String path, Camera camera,
                               String enterpriseCode, Set<String> hazardCodes, Set<String> equipmentCodes) {
        checks.required(path + ".code", camera.code());
        if (camera.code() != null && !camera.code().isBlank()) {
            if (enterpriseCode != null && !camera.code().startsWith(enterpriseCode)) {
                checks.add(path + ".code", "must begin with its enterprise's code " + enterpriseCode);
            } else if (camera.code().length() > MAX_CAMERA_CODE) {
                checks.add(path + ".code", "must have at most " + MAX_CAMERA_CODE + " characters");
            } else {
                unique(checks, codes, path, camera.code());
            }
        }
        checks.required(path + ".name", camera.name());
        if (camera.hazardSource() != null && !hazardCodes.contains(camera.hazardSource())) {
            checks.add(path + ".hazardSource", "no hazard source " + camera.hazardSource() + " in this document");
        }
        if (camera.equipment() != null && !equipmentCodes.contains(camera.equipment())) {
            checks.add(path + ".equipment", "no equipment " + camera.equipment() + " in this document");
        } else if (camera.equipment() != null && camera.hazardSource() != null
                && !camera.equipment().startsWith(camera.hazardSource())) {
            checks.add(path + ".equipment", "equipment " + camera.equipment() + " is not part of hazard source "
                    + camera.hazardSource());
        }
        if (camera.streamUrl() != null && !streamUrl(camera.streamUrl())) {
            checks.add(path + ".streamUrl", "must be an rtsp, rtmp, http or https address");
        }
    }

    private static boolean streamUrl(String url) {
        try {
            URI uri = new URI(url);
            return uri.getScheme() != null && STREAM_SCHEMES.contains(uri.getScheme()) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** Every code of the document appears once; the second occurrence is reported, naming the first. */
    static void unique(Checks checks, Map<String, String> codes, String path, String code) {
        String first = codes.putIfAbsent(code, path);
        if (first != null) {
            checks.add(path + ".code", "duplicate code " + code + ", also at " + first);
        }
    }

    /** The grading input of one registered chemical. */
    public static ChemicalAmount amount(Chemical chemical) {
        return new ChemicalAmount(chemical.cas(), chemical.name(), chemical.hazardClass(),
                chemical.quantityTonnes());
    }
}
