package org.hazwatch.platform.org.rules;

/**
 * Jurisdiction paths (辖区路径): the codes from the root down, each followed by {@code /}
 * ({@code 140000/140500/140525/140525100/}). A node lies within another when its path starts with the other's.
 */
public final class JurisdictionPaths {

    private JurisdictionPaths() {
    }

    /** The path of a node under a parent at {@code parentPath}; a root node has the empty parent path. */
    public static String childPath(String parentPath, String code) {
        return parentPath + code + "/";
    }

    /** Whether the node at {@code path} is {@code ancestorPath}'s node or lies beneath it. */
    public static boolean isWithin(String path, String ancestorPath) {
        return path != null && ancestorPath != null && path.startsWith(ancestorPath);
    }
}
