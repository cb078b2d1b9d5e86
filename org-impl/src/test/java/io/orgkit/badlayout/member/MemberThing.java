package io.orgkit.badlayout.member;

import io.orgkit.badlayout.role.RoleThing;

/**
 * Breaks the layout on purpose: a feature that imports another, which imports it back (see ModuleLayoutRulesTest).
 */
public class MemberThing {
    public RoleThing role() {
        return new RoleThing();
    }
}
