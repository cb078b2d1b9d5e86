package io.orgkit.badlayout.role;

import io.orgkit.badlayout.member.MemberThing;

/**
 * Breaks the layout on purpose: the other half of a cycle between two features (see ModuleLayoutRulesTest).
 */
public class RoleThing {
    public MemberThing member() {
        return new MemberThing();
    }
}
