package io.orgkit.api.permission;

import java.util.regex.Pattern;

/**
 * One permission of the catalog.
 *
 * @param name        dotted lower-case name such as {@code users.read} or {@code projects.write}: 3 to 100 characters of
 *                    {@code [a-z0-9_.-]}, with at least one dot; never {@code null}
 * @param description what the permission allows, for people building role editors; never {@code null}
 * @throws IllegalArgumentException if the name does not have that shape
 */
public record PermissionDefinition(String name, String description) {
    private static final Pattern NAME = Pattern.compile("[a-z0-9_-]+(\\.[a-z0-9_-]+)+");

    /**
     * Checks the name's shape.
     */
    public PermissionDefinition {
        if (name == null || name.length() < 3 || name.length() > 100 || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A permission name is dotted lower case, such as projects.write: " + name);
        }
        if (description == null) {
            throw new IllegalArgumentException("A permission needs a description: " + name);
        }
    }
}
