package org.hazwatch.platform.custody.rules;

/** The usual items of the operations person's check (操作负责人履职检查项). */
public enum ChecklistItem {
    /** 操作规程执行. */
    PROCEDURES_FOLLOWED,
    /** 特殊作业票证与监护. */
    SPECIAL_WORK_PERMITS_AND_WATCHERS,
    /** 隐患整改. */
    HAZARDS_FIXED,
    /** 承包商管理. */
    CONTRACTORS,
    /** 设备设施完好. */
    EQUIPMENT_INTACT,
    /** 应急设施. */
    EMERGENCY_FACILITIES,
    /** 视频监控覆盖. */
    VIDEO_COVERAGE,
    /** 可燃有毒气体与火灾报警器正常. */
    GAS_AND_FIRE_DETECTORS_NORMAL,
    /** 报警预警处置. */
    WARNINGS_HANDLED,
    /** 巡检终端检查. */
    PATROL_TERMINAL_CHECKS
}
