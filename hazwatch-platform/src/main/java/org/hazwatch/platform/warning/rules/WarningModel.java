package org.hazwatch.platform.warning.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.hazwatch.platform.alarm.rules.Severity;
import org.hazwatch.protocol.EnterpriseCode;
import org.hazwatch.protocol.EquipmentCode;
import org.hazwatch.protocol.HazardSourceCode;
import org.hazwatch.protocol.PointCode;

/**
 * The warning model (预警模型, SPEC §6): the facts of an enterprise → a score and its factors for each hazard source
 * and for the enterprise as a whole → a level or none. A hazard source is judged on its own inherent risk, alarms,
 * trends and custody; the enterprise on its most hazardous source's inherent risk and the enterprise-wide facts
 * (operating state, commitment, handling, data). Inherent risk alone never makes a warning: it weighs what
 * happens, it is not an event. Table and reasoning: docs/WARNINGS.md.
 */
public final class WarningModel {

    private static final String SHUTDOWN_LIMITS = Severity.HH.label() + "/" + Severity.LL.label();
    private static final String OPERATING_LIMITS = Severity.H.label() + "/" + Severity.L.label();

    private final Weights weights;
    private final ZoneId zone;

    /** @param zone the zone the factors' sentences write times in */
    public WarningModel(Weights weights, ZoneId zone) {
        this.weights = weights;
        this.zone = zone;
    }

    /** One assessment per hazard source, then the enterprise's own (hazard source null). */
    public List<Assessment> assess(EnterpriseFacts facts, Instant now) {
        List<Assessment> all = new ArrayList<>();
        for (SourceFacts source : facts.sources()) {
            all.add(assessment(facts.enterpriseCode(), source.code(), sourceFactors(source, now)));
        }
        all.add(assessment(facts.enterpriseCode(), null, enterpriseFactors(facts, now)));
        return all;
    }

    private record Scored(WarningFactor factor, String subjects, boolean inherent) {
    }

    private Assessment assessment(EnterpriseCode enterpriseCode, HazardSourceCode sourceCode, List<Scored> scored) {
        int score = scored.stream().mapToInt(s -> s.factor().score()).sum();
        boolean moving = scored.stream().anyMatch(s -> !s.inherent());
        Set<String> signature = scored.stream()
                .map(s -> s.factor().code() + "|" + s.factor().score() + "|" + s.subjects())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return new Assessment(enterpriseCode, sourceCode, score, moving ? weights.levelOf(score) : null,
                scored.stream().map(Scored::factor).toList(), signature);
    }

    private List<Scored> sourceFactors(SourceFacts source, Instant now) {
        List<Scored> factors = new ArrayList<>();
        if (weights.inherent(source.level()) > 0) {
            factors.add(new Scored(new WarningFactor("INHERENT_LEVEL", "固有风险（重大危险源等级）",
                    "%s（%s）为%s重大危险源".formatted(source.name(), source.code(), Texts.level(source.level())),
                    weights.inherent(source.level())), source.code().code(), true));
        }
        List<AlarmFact> process = source.alarms().stream().filter(AlarmFact::aboutTheProcess)
                .sorted(Comparator.comparing(AlarmFact::since)).toList();
        alarms(factors, process, AlarmFact::shutdownLimit, "ALARM_HH_LL", SHUTDOWN_LIMITS + "报警",
                weights.shutdownLimitAlarm(), now);
        Instant longSince = now.minus(weights.operatingLimitAfter());
        alarms(factors, process, a -> a.operatingLimit() && !a.since().isAfter(longSince), "ALARM_H_L_LONG",
                OPERATING_LIMITS + "报警持续超过 " + Texts.duration(weights.operatingLimitAfter()),
                weights.operatingLimitAlarm(), now);
        equipment(factors, process);
        predictions(factors, source.predictions());
        custody(factors, source.overdueCustody());
        return factors;
    }

    private void alarms(List<Scored> factors, List<AlarmFact> alarms, Predicate<AlarmFact> which, String code,
                        String label, int first, Instant now) {
        List<AlarmFact> chosen = alarms.stream().filter(which).toList();
        if (chosen.isEmpty()) {
            return;
        }
        int score = first + weights.furtherAlarm() * Math.min(chosen.size() - 1, weights.furtherAlarmsCounted());
        String detail = chosen.stream().map(a -> alarmSentence(a, now)).collect(Collectors.joining("；"));
        factors.add(new Scored(new WarningFactor(code, label, detail, score), subjects(chosen), false));
    }

    private static String alarmSentence(AlarmFact a, Instant now) {
        StringBuilder s = new StringBuilder("%s（%s）%s".formatted(a.pointName(), a.pointCode(),
                a.severity().label()));
        if (a.value() != null) {
            s.append("，当前值 ").append(Texts.withUnit(a.value(), a.unit()));
        }
        if (a.limit() != null) {
            s.append("（限值 ").append(Texts.withUnit(a.limit(), a.unit())).append("）");
        }
        s.append("，已持续 ").append(Texts.duration(Duration.between(a.since(), now)));
        return s.toString();
    }

    private static String subjects(List<AlarmFact> alarms) {
        return alarms.stream().map(a -> a.pointCode() + ":" + a.severity()).sorted()
                .collect(Collectors.joining(","));
    }

    private void equipment(List<Scored> factors, List<AlarmFact> process) {
        Map<EquipmentCode, Map<PointCode, String>> byEquipment = new TreeMap<>();
        for (AlarmFact a : process) {
            if (a.equipmentCode() != null) {
                byEquipment.computeIfAbsent(a.equipmentCode(), k -> new LinkedHashMap<>())
                        .putIfAbsent(a.pointCode(), a.pointName());
            }
        }
        List<String> sentences = new ArrayList<>();
        List<String> subjects = new ArrayList<>();
        byEquipment.forEach((equipment, points) -> {
            if (points.size() >= weights.equipmentAlarmPoints()) {
                sentences.add("设备 %s 有 %d 个监测点同时报警（%s）".formatted(equipment, points.size(),
                        String.join("、", points.values())));
                subjects.add(equipment + ":" + points.size());
            }
        });
        if (!sentences.isEmpty()) {
            factors.add(new Scored(new WarningFactor("EQUIPMENT_ALARMS", "同一设备多点同时报警",
                    String.join("；", sentences), weights.equipmentAlarms()), String.join(",", subjects), false));
        }
    }

    private void predictions(List<Scored> factors, List<Prediction> predictions) {
        List<Prediction> shutdown = predictions.stream().filter(Prediction::shutdown).toList();
        if (!shutdown.isEmpty()) {
            factors.add(new Scored(new WarningFactor("PREDICTED_CROSSING",
                    shutdown.stream().allMatch(Prediction::high) ? "趋势预测将超" + Severity.HH.label()
                            : "趋势预测将越限（" + SHUTDOWN_LIMITS + "）",
                    detail(shutdown), weights.predictedCrossing()), predictedSubjects(shutdown), false));
        }
        List<Prediction> operating = predictions.stream().filter(p -> !p.shutdown()).toList();
        if (!operating.isEmpty()) {
            factors.add(new Scored(new WarningFactor("PREDICTED_OPERATING_CROSSING",
                    operating.stream().allMatch(Prediction::high) ? "趋势预测将超" + Severity.H.label()
                            : "趋势预测将越限（" + Severity.L.label() + "、" + Severity.H.label() + "）",
                    detail(operating), weights.predictedOperatingCrossing()), predictedSubjects(operating), false));
        }
    }

    private static String detail(List<Prediction> predictions) {
        return predictions.stream().sorted(Comparator.comparing(Prediction::toCrossing))
                .map(p -> "%s（%s）近期%s，每分钟%s %s，当前值 %s，预计约 %s后%s%s限值 %s"
                .formatted(p.pointName(), p.pointCode(), p.high() ? "持续上升" : "持续下降", p.high() ? "上升" : "下降",
                        Texts.withUnit(Math.abs(p.slopePerMinute()), p.unit()), Texts.withUnit(p.current(), p.unit()),
                        Texts.duration(p.toCrossing().plusSeconds(59)), p.high() ? "达到" : "低于",
                        p.target().label(), Texts.withUnit(p.limit(), p.unit())))
                .collect(Collectors.joining("；"));
    }

    private static String predictedSubjects(List<Prediction> predictions) {
        return predictions.stream().map(p -> p.pointCode() + ":" + p.target()).sorted()
                .collect(Collectors.joining(","));
    }

    private void custody(List<Scored> factors, List<CustodyFact> overdue) {
        if (overdue.isEmpty()) {
            return;
        }
        String detail = overdue.stream().map(c -> c.dueAt().equals(Instant.EPOCH)
                        ? "%s %s 尚无包保履职检查记录".formatted(c.role(), c.personName())
                        : "%s %s 的包保履职检查已逾期（应于 %s 前完成）".formatted(c.role(), c.personName(),
                        Texts.day(c.dueAt(), zone)))
                .collect(Collectors.joining("；"));
        String subjects = overdue.stream().map(c -> c.role() + ":" + c.personName()).sorted()
                .collect(Collectors.joining(","));
        factors.add(new Scored(new WarningFactor("CUSTODY_OVERDUE", "包保责任履职逾期", detail,
                weights.custodyOverdue()), subjects, false));
    }

    private List<Scored> enterpriseFactors(EnterpriseFacts facts, Instant now) {
        List<Scored> factors = new ArrayList<>();
        facts.sources().stream().filter(s -> weights.inherent(s.level()) > 0)
                .min(Comparator.comparing(SourceFacts::level)).ifPresent(s -> factors.add(new Scored(
                        new WarningFactor("INHERENT_LEVEL", "固有风险（重大危险源等级）",
                                "企业最高等级的重大危险源为%s（%s，%s）".formatted(Texts.level(s.level()), s.name(),
                                        s.code()), weights.inherent(s.level())), s.code().code(), true)));
        operations(factors, facts.operations());
        switch (Objects.requireNonNullElse(facts.commitment(), EnterpriseFacts.Commitment.PENDING)) {
            case MISSING -> factors.add(new Scored(new WarningFactor("COMMITMENT_MISSING", "未按时安全承诺",
                    "截止时间已过，今日安全风险研判与承诺公告尚未提交", weights.commitmentMissing()), "", false));
            case LATE -> factors.add(new Scored(new WarningFactor("COMMITMENT_LATE", "安全承诺迟报",
                    "今日安全风险研判与承诺公告在截止时间后提交", weights.commitmentLate()), "", false));
            default -> {
            }
        }
        if (facts.overdueWarnings() > 0) {
            factors.add(new Scored(new WarningFactor("WARNINGS_UNHANDLED", "预警处置超时",
                    "%d 条预警超过签收、反馈或督办时限未处置".formatted(facts.overdueWarnings()),
                    weights.warningsUnhandled()), "", false));
        }
        if (facts.offlineSince() != null) {
            factors.add(new Scored(new WarningFactor("OFFLINE", "企业离线且未报备",
                    "自 %s 起未收到企业数据（已 %s），无有效报备".formatted(Texts.dayTime(facts.offlineSince(), zone),
                            Texts.duration(Duration.between(facts.offlineSince(), now))), weights.offline()),
                    "", false));
        } else if (!facts.camerasOffline().isEmpty()) {
            // the enterprise's own silence darkens its cameras too: counted once, as OFFLINE
            List<CameraFact> cameras = facts.camerasOffline();
            String detail = cameras.stream().map(c -> c.since() == null
                            ? "摄像头 %s（%s）从未上报状态".formatted(c.name(), c.code())
                            : "摄像头 %s（%s）自 %s 起离线（已 %s）".formatted(c.name(), c.code(),
                                    Texts.dayTime(c.since(), zone), Texts.duration(Duration.between(c.since(), now))))
                    .collect(Collectors.joining("；"));
            factors.add(new Scored(new WarningFactor("VIDEO_OFFLINE", "视频离线且未报备", detail + "，无有效报备",
                    weights.videoOffline()), cameras.stream().map(CameraFact::code).sorted()
                    .collect(Collectors.joining(",")), false));
        }
        return factors;
    }

    private void operations(List<Scored> factors, EnterpriseFacts.Operations ops) {
        if (ops == null) {
            return;
        }
        if (ops.startUpOrShutDown()) {
            factors.add(new Scored(new WarningFactor("START_UP_SHUT_DOWN", "开停车",
                    "今日安全承诺申报：装置开停车进行中", weights.startUpOrShutDown()), "", false));
        }
        if (ops.unitsInTrial() > 0) {
            factors.add(new Scored(new WarningFactor("TRIAL_PRODUCTION", "试生产",
                    "今日安全承诺申报：%d 套装置试生产".formatted(ops.unitsInTrial()), weights.trialProduction()),
                    String.valueOf(ops.unitsInTrial()), false));
        }
        if (ops.hotWorkAndConfinedSpace() > 0) {
            factors.add(new Scored(new WarningFactor("SPECIAL_OPERATIONS", "特殊作业（动火、受限空间）",
                    "今日安全承诺申报：特级动火 %d 处、一级动火 %d 处、二级动火 %d 处、受限空间作业 %d 处".formatted(
                            ops.hotWorkSpecial(), ops.hotWorkGrade1(), ops.hotWorkGrade2(), ops.confinedSpace()),
                    weights.specialOperations()), String.valueOf(ops.hotWorkAndConfinedSpace()), false));
        }
    }
}
