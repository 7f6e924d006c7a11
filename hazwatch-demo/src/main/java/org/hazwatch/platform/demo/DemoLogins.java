package org.hazwatch.platform.demo;

import java.util.List;
import org.hazwatch.platform.org.Role;

/** The demo's people: one login per kind of user, across the levels of 山西省晋城市. */
final class DemoLogins {

    static final String PARK_CODE = "140525P01";
    static final String PARK_NAME = "泽州县巴公化工园区";
    static final String PARK_PARENT = "140525";

    static final List<Login> ALL = List.of(
            new Login("shanxi", "山西省应急管理厅", Role.REGULATOR, "140000"),
            new Login("jincheng", "晋城市应急管理局", Role.REGULATOR, "140500"),
            new Login("zezhou", "泽州县应急管理局", Role.REGULATOR, "140525"),
            new Login("gaoping", "高平市应急管理局", Role.REGULATOR, "140581"),
            new Login("bagong", "巴公化工园区管委会", Role.REGULATOR, PARK_CODE),
            new Login("hengtai", "恒泰氯碱 值班员", Role.ENTERPRISE_OPERATOR, "14052500001"),
            new Login("hengtai-admin", "恒泰氯碱 安全管理员", Role.ENTERPRISE_ADMIN, "14052500001"),
            new Login("jinfeng", "晋丰煤化工 值班员", Role.ENTERPRISE_OPERATOR, "14052500002"),
            new Login("te", "TE 示范装置 值班员", Role.ENTERPRISE_OPERATOR, "14052500099"));

    private DemoLogins() {
    }

    record Login(String username, String displayName, Role role, String scopeCode) {
    }
}
