/**
 * Members of an organization: listing, changing a member's role and removing a member.
 */
package io.orgkit.api.member;
