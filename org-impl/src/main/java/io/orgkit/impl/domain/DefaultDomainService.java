package io.orgkit.impl.domain;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.orgkit.api.audit.AuditActions;
import io.orgkit.api.audit.AuditTarget;
import io.orgkit.api.domain.AddDomainRequest;
import io.orgkit.api.domain.DomainCodeRequest;
import io.orgkit.api.domain.DomainFields;
import io.orgkit.api.domain.DomainService;
import io.orgkit.api.domain.DomainView;
import io.orgkit.api.domain.EnrollmentMode;
import io.orgkit.api.domain.VerifyDomainRequest;
import io.orgkit.api.error.ConflictException;
import io.orgkit.api.error.ResourceNotFoundException;
import io.orgkit.api.error.UnprocessableException;
import io.orgkit.api.permission.SystemRole;
import io.orgkit.api.scope.Actor;
import io.orgkit.api.scope.OrganizationScope;
import io.orgkit.impl.json.MergePatches;
import io.orgkit.impl.kernel.AuditChanges;
import io.orgkit.impl.kernel.AuditTrail;
import io.orgkit.impl.kernel.Authorization;
import io.orgkit.impl.kernel.EffectiveRoles;
import io.orgkit.impl.kernel.Invitations;
import io.orgkit.impl.kernel.JpaMembershipStore;
import io.orgkit.impl.kernel.JpaOrganizationStore;
import io.orgkit.impl.kernel.JpaUserStore;
import io.orgkit.impl.kernel.MailQueue;
import io.orgkit.impl.kernel.MembershipEntity;
import io.orgkit.impl.kernel.OutgoingMail;
import io.orgkit.impl.kernel.UserEntity;
import io.orgkit.impl.persistence.DatabaseConflicts;
import io.orgkit.impl.persistence.Ids;
import io.orgkit.impl.persistence.ReadWithoutTransaction;
import io.orgkit.impl.persistence.SystemTime;
import io.orgkit.impl.secret.SecretTokens;
import io.orgkit.impl.validation.RecordValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.executable.ValidateOnExecution;

/**
 * Verified domains: claiming, proving control (DNS TXT record or mailed code), enrollment, and joining by them.
 */
@ApplicationScoped
@ValidateOnExecution
public class DefaultDomainService implements DomainService {
    private static final Duration CODE_LIFETIME = Duration.ofHours(1);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String VERIFIED_ELSEWHERE = "Another organization has verified this domain";

    private JpaDomainStore domains;
    private JpaOrganizationStore organizations;
    private JpaMembershipStore memberships;
    private JpaUserStore users;
    private EffectiveRoles roles;
    private Invitations invitations;
    private MailQueue outbox;
    private DnsTxtLookup dns;
    private DomainSettings settings;
    private RecordValidator validator;
    private SystemTime time;
    private AuditTrail audit;

    /**
     * For the container's client proxy.
     */
    protected DefaultDomainService() {
    }

    @Inject
    public DefaultDomainService(JpaDomainStore domains, JpaOrganizationStore organizations,
                                JpaMembershipStore memberships, JpaUserStore users, EffectiveRoles roles,
                                Invitations invitations, MailQueue outbox, DnsTxtLookup dns, DomainSettings settings,
                                RecordValidator validator, SystemTime time, AuditTrail audit) {
        this.domains = domains;
        this.organizations = organizations;
        this.memberships = memberships;
        this.users = users;
        this.roles = roles;
        this.invitations = invitations;
        this.outbox = outbox;
        this.dns = dns;
        this.settings = settings;
        this.validator = validator;
        this.time = time;
        this.audit = audit;
    }

    @Override
    @ReadWithoutTransaction
    public List<DomainView> list(OrganizationScope scope) {
        return domains.list(scope.organizationId()).stream().map(DomainMapper::view).toList();
    }

    @Override
    @ReadWithoutTransaction
    public DomainView get(OrganizationScope scope, String id) {
        return DomainMapper.view(find(scope, id));
    }

    @Override
    @Transactional
    public DomainView add(OrganizationScope scope, AddDomainRequest request) {
        String domain = DomainRules.normalize(request.domain())
                .orElseThrow(() -> new UnprocessableException("domain", "is not a domain name"));
        DomainRules.refusal(domain, settings.freeMailExtra()).ifPresent(reason -> {
            throw new UnprocessableException("domain", reason);
        });
        String mode = request.enrollmentMode() == null ? EnrollmentMode.MANUAL.apiName() : request.enrollmentMode();
        String role = role(scope, request.defaultRole() == null ? SystemRole.MEMBER.roleName() : request.defaultRole());
        if (domains.findVerified(domain).filter(d -> !d.organizationId().equals(scope.organizationId())).isPresent()) {
            throw new ConflictException(VERIFIED_ELSEWHERE);
        }
        DomainEntity entity = new DomainEntity(Ids.newId(), scope.organizationId(), domain,
                SecretTokens.generate("").replace("_", "").replace("-", ""), mode, role, time.now());
        try {
            domains.add(entity);
        } catch (PersistenceException e) {
            throw DatabaseConflicts.translate(e, Map.of("uq_orgkit_domain_claim",
                    () -> new ConflictException("The organization already claims this domain")), null);
        }
        audit.record(scope, AuditActions.DOMAIN_ADDED, target(entity), AuditChanges.of("domain", null, domain)
                .and("enrollmentMode", null, mode).and("defaultRole", null, role));
        return DomainMapper.view(entity);
    }

    @Override
    @Transactional
    public DomainView update(OrganizationScope scope, String id, JsonObject patch) {
        DomainEntity domain = find(scope, id);
        DomainFields fields = validator.check(MergePatches.apply(
                new DomainFields(domain.enrollmentMode(), domain.defaultRole()), patch, DomainFields.class));
        AuditChanges changes = AuditChanges.of("enrollmentMode", domain.enrollmentMode(), fields.enrollmentMode());
        String role = role(scope, fields.defaultRole());
        changes.and("defaultRole", domain.defaultRole(), role);
        domain.enrollment(fields.enrollmentMode(), role);
        flush();
        // A patch that changes nothing records nothing, as an organization's own patch.
        if (!changes.asMap().isEmpty()) {
            audit.record(scope, AuditActions.DOMAIN_UPDATED, target(domain), changes);
        }
        return DomainMapper.view(domain);
    }

    @Override
    @Transactional
    public void sendCode(OrganizationScope scope, String id, DomainCodeRequest request) {
        DomainEntity domain = find(scope, id);
        if (domain.isVerified()) {
            throw new ConflictException("The domain is verified already");
        }
        String email = request.localPart().toLowerCase(java.util.Locale.ROOT) + "@" + domain.domain();
        String code = String.format("%08d", RANDOM.nextInt(100_000_000));
        domain.newCode(SecretTokens.hash(code), email, time.now().plus(CODE_LIFETIME));
        String text = "Your code to verify the domain " + domain.domain() + " is " + code + ".\n\n"
                + "It works for one hour. If you did not expect this email, ignore it.\n";
        String html = "<p>Your code to verify the domain <b>" + domain.domain() + "</b> is <b>" + code
                + "</b>.</p><p>It works for one hour. If you did not expect this email, ignore it.</p>";
        outbox.enqueue(scope.organizationId(), null, new OutgoingMail(email, "Verify " + domain.domain(), text, html));
        // Where the code went, never the code: it proves control of the domain until it expires.
        audit.record(scope, AuditActions.DOMAIN_CODE_SENT, target(domain), AuditChanges.of("sentTo", null, email)
                .and("expiresAt", null, domain.codeExpiresAt()));
    }

    @Override
    @Transactional(dontRollbackOn = UnprocessableException.class)
    public DomainView verify(OrganizationScope scope, String id, VerifyDomainRequest request) {
        DomainEntity domain = find(scope, id);
        if (domain.isVerified()) {
            return DomainMapper.view(domain);
        }
        if ("dns".equals(request.method())) {
            requireTxtRecord(domain);
        } else {
            requireCode(domain, request.code());
        }
        if (domains.findVerified(domain.domain()).isPresent()) {
            throw new ConflictException(VERIFIED_ELSEWHERE);
        }
        domain.verified(request.method(), time.now());
        try {
            domains.flush();
        } catch (PersistenceException e) {
            throw DatabaseConflicts.translate(e, Map.of("uq_orgkit_domain_verified",
                    () -> new ConflictException(VERIFIED_ELSEWHERE)), () -> new ConflictException(VERIFIED_ELSEWHERE));
        }
        audit.record(scope, AuditActions.DOMAIN_VERIFIED, target(domain), AuditChanges.of("status", "pending",
                "verified").and("verifiedBy", null, request.method()));
        return DomainMapper.view(domain);
    }

    @Override
    @Transactional
    public void remove(OrganizationScope scope, String id) {
        DomainEntity domain = find(scope, id);
        audit.record(scope, AuditActions.DOMAIN_REMOVED, target(domain), AuditChanges.of("domain", domain.domain(), null)
                .and("status", domain.isVerified() ? "verified" : "pending", null)
                .and("enrollmentMode", domain.enrollmentMode(), null).and("defaultRole", domain.defaultRole(), null));
        domains.remove(domain);
    }

    @Override
    @Transactional
    public String join(Actor user, String organizationId) {
        UserEntity account = users.findById(user.userId()).orElseThrow(() -> notOpen());
        String email = account.email();
        String emailDomain = email.substring(email.lastIndexOf('@') + 1);
        DomainEntity domain = domains.findVerified(emailDomain)
                .filter(d -> d.organizationId().equals(organizationId))
                .filter(d -> !EnrollmentMode.MANUAL.apiName().equals(d.enrollmentMode()))
                .filter(d -> organizations.exists(organizationId))
                .orElseThrow(DefaultDomainService::notOpen);
        // Only an address the user proved it controls joins by its domain; anyone could sign up as ceo@acme.com.
        if (!account.hasVerifiedEmail()) {
            throw notOpen();
        }
        if (memberships.find(organizationId, account.id()).isPresent()) {
            throw new ConflictException("You are already a member of this organization");
        }
        String role = roles.canonicalName(organizationId, domain.defaultRole())
                .orElseThrow(() -> new ConflictException("The domain's default role no longer exists"));
        if (EnrollmentMode.INVITATION.apiName().equals(domain.enrollmentMode())) {
            invitations.invite(organizationId, email, role, user);
            return "invited";
        }
        invitations.requireRoomFor(organizationId);
        // A new membership only: the user's other memberships and its session's active organization stay as they are.
        MembershipEntity membership = new MembershipEntity(Ids.newId(), organizationId, account.id(), role, time.now());
        memberships.add(membership);
        audit.record(user, organizationId, AuditActions.MEMBER_JOINED, new AuditTarget("member", membership.id(), email),
                AuditChanges.of("userId", null, account.id()).and("role", null, role).and("domain", null, emailDomain));
        return "joined";
    }

    private void requireTxtRecord(DomainEntity domain) {
        String expected = DomainMapper.RECORD_PREFIX + domain.verificationToken();
        List<String> values;
        try {
            values = dns.txt(DomainMapper.RECORD_LABEL + domain.domain());
        } catch (IOException e) {
            throw new UnprocessableException("method", "the DNS lookup failed: " + e.getMessage());
        }
        if (!values.contains(expected)) {
            throw new UnprocessableException("method", "no TXT record " + DomainMapper.RECORD_LABEL + domain.domain()
                    + " holds " + expected + " (found " + values.size() + " TXT record(s))");
        }
    }

    private void requireCode(DomainEntity domain, String code) {
        Instant now = time.now();
        if (code == null) {
            throw new UnprocessableException("code", "is required with method email");
        }
        if (domain.codeHash() == null || !now.isBefore(domain.codeExpiresAt())) {
            throw new UnprocessableException("code", "no code is valid: ask for a new one");
        }
        if (!SecretTokens.hash(code).equals(domain.codeHash())) {
            domain.wrongCode();
            throw new UnprocessableException("code", "is wrong");
        }
    }

    private String role(OrganizationScope scope, String requested) {
        String role = roles.canonicalName(scope.organizationId(), requested)
                .orElseThrow(() -> new UnprocessableException("defaultRole", "no such role in this organization"));
        if (io.orgkit.api.permission.SystemRoles.SUPER_ADMIN.equalsIgnoreCase(role)) {
            throw new UnprocessableException("defaultRole", "no such role in this organization");
        }
        Authorization.requireAll(scope, roles.permissionsOf(scope.organizationId(), role),
                "Letting users join as '" + role + "'");
        return role;
    }

    private static AuditTarget target(DomainEntity domain) {
        return new AuditTarget("domain", domain.id(), domain.domain());
    }

    private DomainEntity find(OrganizationScope scope, String id) {
        return Ids.parse(id).flatMap(domainId -> domains.find(scope.organizationId(), domainId))
                .orElseThrow(() -> new ResourceNotFoundException("No domain " + id + " in this organization"));
    }

    private void flush() {
        try {
            domains.flush();
        } catch (PersistenceException e) {
            throw DatabaseConflicts.translate(e, Map.of(), null);
        }
    }

    private static ResourceNotFoundException notOpen() {
        return new ResourceNotFoundException("This organization has no verified domain of your email open to joining");
    }
}
