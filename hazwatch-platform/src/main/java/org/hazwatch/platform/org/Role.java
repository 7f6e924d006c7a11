package org.hazwatch.platform.org;

/** What a user may do; where is given by the user's jurisdiction or enterprise. */
public enum Role {
    /** 平台管理员: the whole tree. */
    PLATFORM_ADMIN,
    /** 监管人员: a regulator at one jurisdiction node (province, city, county, town or park) and its subtree. */
    REGULATOR,
    /** 企业管理员: base data, duties and users of one enterprise. */
    ENTERPRISE_ADMIN,
    /** 企业值班人员: the duty room of one enterprise. */
    ENTERPRISE_OPERATOR;

    public boolean isEnterprise() {
        return this == ENTERPRISE_ADMIN || this == ENTERPRISE_OPERATOR;
    }
}
