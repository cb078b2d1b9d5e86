package io.orgkit.app.ui;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.HttpOnly;
import io.orgkit.app.testing.InvitationFixtures;
import io.orgkit.app.testing.SmtpServer;
import io.orgkit.impl.security.ProductionSafety;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import static io.orgkit.app.testing.Api.body;
import static io.orgkit.app.testing.Api.obj;
import static io.orgkit.app.testing.Api.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages for people in a real browser (headless Chromium, see {@link Browser}): the stories of issue 16, from the
 * Super Admin creating an organization to the link in a real email (GreenMail) and the console of an Admin and of a
 * Member, and the account pages of issue 15's API (password, sessions, leaving, declining, a reset from the emailed
 * link). axe-core checks every page on the way, and each page's screenshot is taken
 * ({@code -Dorgkit.screenshots.write=true} refreshes the ones in docs/screenshots). One browser serves the class; the
 * pages do not depend on the database, so the class runs once (H2 pass).
 */
@HttpOnly
@HelidonTest
// The browser's address is the test JVM's (127.0.0.1); other classes' failed logins from it must not lock it out.
@AddConfig(key = "org.login.client-max-failures", value = "1000")
// The development default accept link, which the console's own page serves (the test settings name another).
@AddConfig(key = "org.invitations.accept-url", value = ProductionSafety.DEFAULT_ACCEPT_URL)
class ConsoleBrowserTest {
    static final SmtpServer SMTP = SmtpServer.shared();
    private static final Pattern ACCEPT_LINK = Pattern.compile("https?://[^\\s\"<>]+/accept-invitation[^\\s\"<>]*");
    private static final Pattern RESET_LINK = Pattern.compile("https?://[^\\s\"<>]+/reset-password[^\\s\"<>]*");
    private static Browser browser;

    @Inject
    WebTarget target;
    @Inject
    Fixtures fixtures;

    @BeforeEach
    void freshBrowser() throws Exception {
        if (browser == null) {
            browser = Browser.start(target.getUri().toString().replaceAll("/$", ""));
        }
        browser.viewport(1280, 900);
        browser.open("/sign-in");
        browser.signOutByForgetting();
    }

    @AfterEach
    void nothingWasRefusedByThePolicy() {
        if (browser != null) {
            browser.assertNoPolicyViolations();
        }
    }

    @AfterAll
    static void closeBrowser() throws Exception {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    void superAdminCreatesAnOrganizationWhoseInvitedAdminRunsItFromTheConsole() {
        Fixtures.TestUser root = fixtures.user(true);
        String orgName = Fixtures.unique("Acme");
        String adminEmail = Fixtures.unique("admin") + "@example.test";
        String colleagueEmail = Fixtures.unique("colleague") + "@example.test";

        // The Super Admin signs in and creates the organization with an admin email.
        signIn(root.email(), Fixtures.PASSWORD);
        browser.awaitText("All organizations");
        browser.assertAccessible("the Super Admin console");
        browser.type("new-org-name", orgName);
        browser.type("new-org-admin", adminEmail);
        browser.press("Create organization");
        browser.awaitText(orgName + " created; " + adminEmail + " was invited as Admin.");
        browser.awaitText("Open " + orgName);
        browser.screenshot("organizations");

        // The admin opens the emailed link (its fragment carries the token), picks a name and password, and lands in
        // the console of the organization.
        browser.signOutByForgetting();
        String link = linkFromEmailTo(adminEmail);
        assertTrue(link.contains("/accept-invitation#token=orgi_"), link);
        browser.openUrl(onThisServer(link));
        browser.awaitText("Join " + orgName);
        assertFalse(browser.driver().getCurrentUrl().contains("orgi_"), "the token leaves the address bar at once");
        browser.assertAccessible("the accept-invitation page");
        browser.screenshot("accept-invitation");
        createAccount("Ada Admin", "admin-password-1");
        browser.awaitPath("/console");
        browser.awaitText(adminEmail);
        browser.awaitText("Members");

        // The admin invites a colleague as Member.
        browser.follow("Invitations");
        browser.type("invite-email", colleagueEmail);
        browser.choose("invite-role", "Member");
        browser.press("Send invitation");
        browser.awaitText("Invitation sent to " + colleagueEmail + ".");
        browser.press("Resend to " + colleagueEmail);
        browser.awaitText("The invitation to " + colleagueEmail + " was sent moments ago: it can be re-sent in");
        browser.assertAccessible("the invitations page");
        browser.screenshot("invitations");

        // The colleague accepts in the same browser (the admin's cookie forgotten) and, as a Member, sees no admin controls.
        browser.signOutByForgetting();
        browser.openUrl(onThisServer(linkFromEmailTo(colleagueEmail)));
        browser.awaitText("Join " + orgName);
        createAccount("Carl Colleague", "colleague-password-1");
        browser.awaitPath("/console");
        browser.awaitText(colleagueEmail);
        browser.awaitText(adminEmail);
        assertFalse(browser.present(Browser.link("API keys")), "a Member has no API keys page");
        assertFalse(browser.present(By.cssSelector("td select")), "a Member cannot change roles");
        assertFalse(browser.present(Browser.button("Remove")), "a Member cannot remove anyone");
        browser.follow("Roles");
        browser.awaitText("System role");
        assertFalse(browser.present(Browser.button("New role")), "a Member cannot create roles");
        browser.follow("Settings");
        browser.awaitText("Only an Admin can change these settings.");
        browser.screenshot("member-view");

        // The admin signs in again, creates a role that shadows Member, changes the colleague's role, then removes them.
        browser.signOutByForgetting();
        signIn(adminEmail, "admin-password-1");
        browser.awaitPath("/console");
        browser.follow("Roles");
        browser.press("New role");
        browser.type("role-name", "Member");
        browser.awaitText("This role shadows the system role Member");
        browser.driver().findElement(By.id("perm-users-read")).click();
        browser.driver().findElement(By.id("perm-roles-read")).click();
        browser.press("Create role");
        browser.awaitText("Role Member created.");
        browser.awaitText("Shadows the system role Member");
        browser.assertAccessible("the roles page");
        browser.press("New role");
        browser.awaitText("Create a role");
        browser.screenshot("roles");
        browser.press("Cancel");
        browser.press("Edit Member");
        browser.awaitText("Edit role Member");
        browser.driver().findElement(By.id("perm-users-invite")).click();
        browser.press("Save role");
        browser.awaitText("Role Member saved.");
        browser.awaitText("users.read, users.invite, roles.read");

        browser.follow("Invitations");
        browser.choose("status", "accepted");
        browser.awaitText(colleagueEmail);
        browser.choose("status", "revoked");
        browser.awaitText("Nothing here yet.");

        browser.follow("Members");
        browser.chooseIn(By.cssSelector("select[aria-label='Role of " + colleagueEmail + "']"), "Viewer");
        browser.awaitText(colleagueEmail + " is now Viewer.");
        browser.chooseIn(By.cssSelector("select[aria-label='Role of " + adminEmail + "']"), "Viewer");
        browser.awaitText(adminEmail + " is the organization's last Admin");
        browser.assertAccessible("the members page");
        browser.screenshot("members");
        browser.viewport(390, 844);
        browser.assertNoSidewaysScroll();
        browser.screenshot("members-phone");
        browser.viewport(1280, 900);
        browser.click(Browser.buttonInRow(colleagueEmail, "Remove"));
        browser.press("Confirm removing " + colleagueEmail);
        browser.awaitText(colleagueEmail + " was removed.");

        // An API key is shown once.
        browser.follow("API keys");
        browser.type("key-name", "deploy-bot");
        browser.choose("key-role", "Viewer");
        browser.press("Create key");
        browser.awaitText("Copy it now: it is shown this once");
        String key = browser.driver().findElement(By.id("new-key-secret")).getDomProperty("value");
        assertTrue(key.startsWith("orgk_"), key);
        browser.assertAccessible("the API keys page");
        browser.screenshot("api-keys");
        browser.driver().navigate().refresh();
        browser.awaitText("deploy-bot");
        assertFalse(browser.driver().getPageSource().contains(key), "the key is never shown again");

        // Organization settings: the time zone from the IANA list.
        browser.follow("Settings");
        browser.choose("org-timezone", "Europe/Paris");
        browser.press("Save settings");
        browser.awaitText("Settings saved.");
        browser.assertAccessible("the settings page");
        browser.screenshot("settings");
    }

    @Test
    void anExistingUserSignsInOnTheAcceptPageAndTheUsedLinkThenSaysSo() {
        String org = fixtures.organization();
        Fixtures.Member admin = fixtures.memberWithSession(org, "Admin");
        Fixtures.TestUser existing = fixtures.user();
        var invited = target.path("/api/organizations/invitations").request()
                .header("Authorization", "Bearer " + admin.token())
                .post(jakarta.ws.rs.client.Entity.json("{\"email\":\"" + existing.email() + "\",\"role\":\"Viewer\"}"));
        assertEquals(201, invited.getStatus());
        String link = onThisServer(linkFromEmailTo(existing.email()));

        browser.openUrl(link);
        browser.awaitText("Already have an account? Sign in to accept");
        browser.type("password", Fixtures.PASSWORD);
        browser.press("Sign in and join");
        browser.awaitPath("/console");
        browser.awaitText(existing.email() + " · Viewer");

        browser.openUrl(link);
        browser.awaitText("This invitation was already accepted.");
    }

    @Test
    void superAdminDeletesAnOrganizationOnlyAfterTypingItsName() {
        Fixtures.TestUser root = fixtures.user(true);
        String orgName = Fixtures.unique("Doomed");
        signIn(root.email(), Fixtures.PASSWORD);
        browser.awaitText("All organizations");
        browser.type("new-org-name", orgName);
        browser.press("Create organization");
        browser.awaitText(orgName + " created.");
        browser.press("Open " + orgName);
        browser.awaitText("Delete this organization");
        By delete = Browser.button("Delete " + orgName);
        assertFalse(browser.driver().findElement(delete).isEnabled(), "deleting needs the name typed first");
        browser.type("confirm-name", orgName.toUpperCase());
        assertFalse(browser.driver().findElement(delete).isEnabled(), "the name exactly");
        browser.assertAccessible("an organization in the Super Admin console");
        browser.screenshot("organization-open");
        browser.type("confirm-name", orgName);
        browser.press("Delete " + orgName);
        browser.awaitText(orgName + " and everything in it were deleted.");
        browser.awaitText("Nothing here yet.");
        assertFalse(browser.present(Browser.button("Open " + orgName)), "the search for it finds nothing now");
    }

    @Test
    void permissionsTheCallerLacksAreDisabledAndTheSwitcherChangesOrganization() {
        Fixtures.TestUser user = fixtures.user();
        String first = fixtures.organization();
        fixtures.orgRole(first, "Editor", "users.read", "roles.read", "roles.create");
        fixtures.member(first, user, "Editor");
        String second = fixtures.organization();
        fixtures.member(second, user, "Viewer");

        signIn(user.email(), Fixtures.PASSWORD);
        browser.awaitPath("/console");
        browser.chooseIn(By.id("organization-switcher"), optionLabel(first));
        browser.awaitText(user.email() + " · Editor");
        browser.follow("Roles");
        browser.press("New role");
        browser.awaitText("Create a role");
        assertTrue(browser.driver().findElement(By.id("perm-roles-create")).isEnabled(), "held: may be granted");
        assertFalse(browser.driver().findElement(By.id("perm-users-delete")).isEnabled(), "not held: cannot be granted");
        browser.awaitText("you do not hold this permission, so you cannot grant it");
        assertFalse(browser.present(Browser.link("API keys")), "only Admins manage keys");
        browser.assertAccessible("the role editor of a non-Admin");
        browser.screenshot("roles-limited");

        browser.chooseIn(By.id("organization-switcher"), optionLabel(second));
        browser.awaitText(user.email() + " · Viewer");
        browser.follow("Roles");
        browser.awaitText("System role");
        assertFalse(browser.present(Browser.button("New role")), "a Viewer creates no roles");
    }

    private String optionLabel(String organizationId) {
        return browser.driver().findElement(By.cssSelector("#organization-switcher option[value='" + organizationId + "']"))
                .getText();
    }

    @Test
    void wrongPasswordsEndInTheThrottlingMessage() {
        Fixtures.TestUser user = fixtures.user();
        browser.open("/sign-in");
        browser.assertAccessible("the sign-in page");
        browser.screenshot("sign-in");
        for (int attempt = 1; attempt <= 4; attempt++) {
            signIn(user.email(), "not-the-password-" + attempt);
            browser.awaitText("Wrong email or password.");
        }
        signIn(user.email(), "not-the-password-5");
        browser.awaitText("Too many failed sign-in attempts. Try again in");
        assertEquals("/sign-in", browser.path());
    }

    @Test
    void signInWorksFromTheKeyboardAlone() {
        Fixtures.TestUser user = fixtures.user();
        String org = fixtures.organization();
        fixtures.member(org, user, "Member");
        browser.open("/sign-in");
        // The email field has the focus; Tab reaches the password, Enter submits.
        browser.named("email");
        var focused = browser.driver().switchTo().activeElement();
        assertEquals("email", focused.getDomAttribute("name"));
        focused.sendKeys(user.email() + Keys.TAB);
        browser.driver().switchTo().activeElement().sendKeys(Fixtures.PASSWORD + Keys.ENTER);
        browser.awaitPath("/console");
        browser.awaitText(user.email() + " · Member");
    }

    @Test
    void thePolicyRefusesInlineScriptAndStyle() {
        browser.open("/sign-in");
        browser.named("email");
        browser.driver().executeScript("document.body.insertAdjacentHTML('beforeend',"
                + " '<div id=\"styled\" style=\"color: rgb(255, 0, 0)\">x</div><img src=\"x:\" onerror=\"window.ran = 1\">');"
                + "const s = document.createElement('script'); s.textContent = 'window.ran = 2'; document.body.append(s);");
        String color = browser.driver().findElement(By.id("styled")).getCssValue("color");
        assertFalse(color.contains("255, 0, 0"), "an inline style is not applied: " + color);
        assertEquals(null, browser.driver().executeScript("return window.ran === undefined ? null : window.ran;"),
                "no inline script or handler ran");
        assertThrows(AssertionError.class, browser::assertNoPolicyViolations, "and Chromium reported the refusals");
    }

    @Test
    void unusableInvitationLinksSayWhy() {
        browser.open("/accept-invitation#token=orgi_" + "A".repeat(43));
        browser.awaitText("Invitation not found");
        browser.open("/accept-invitation");
        browser.awaitText("This link has no invitation in it");
        browser.assertAccessible("a refused invitation");
        browser.open("/reset-password");
        browser.awaitText("This link has no reset token in it");
    }

    @Test
    void theConsoleSendsAStrangerToSignIn() {
        browser.open("/console");
        browser.awaitPath("/sign-in");
    }

    // ---- The account pages (issue 15's /api/account) ------------------------------------------------------------

    @Test
    void aUserEndsTheirOtherSessionsAndChangesTheirPasswordThenSignsInWithIt() {
        Fixtures.TestUser user = fixtures.user();
        String phone = loginFrom(user, "Phone/1.0 (orgkit test)");
        String tablet = loginFrom(user, "Tablet/2.0 (orgkit test)");
        signIn(user.email(), Fixtures.PASSWORD);
        browser.awaitPath("/console");
        browser.awaitText("You belong to no organization yet.");

        browser.follow("Sessions");
        browser.awaitText("Phone/1.0 (orgkit test)");
        browser.awaitText("This session");
        browser.assertAccessible("the sessions page");
        browser.screenshot("sessions");
        browser.viewport(390, 844);
        browser.assertNoSidewaysScroll();
        browser.viewport(1280, 900);
        browser.click(Browser.buttonInRow("Phone/1.0 (orgkit test)", "End session"));
        browser.awaitText("was ended.");
        assertEquals(401, status(api().get("/api/account", phone)), "the ended session's token no longer works");
        assertEquals(200, status(api().get("/api/account", tablet)), "only that one");
        assertFalse(browser.bodyText().contains("Phone/1.0"), "it is gone from the list");
        browser.press("End every other session");
        browser.press("Confirm ending 1 other session");
        browser.awaitText("Every other session was ended: only this one is signed in.");
        assertEquals(401, status(api().get("/api/account", tablet)));

        String laptop = loginFrom(user, "Laptop/3.0 (orgkit test)");
        browser.follow("Profile and password");
        browser.type("profile-name", "Renata Renamed");
        browser.press("Save name");
        browser.awaitText("Your name is now Renata Renamed.");
        browser.awaitText("Every other session of yours ends when the password changes");
        changePassword("not-my-password", "a-brand-new-password");
        browser.awaitText("The current password is wrong.");
        changePassword(Fixtures.PASSWORD, "a-brand-new-password");
        browser.awaitText("Your password was changed. Your other sessions were ended.");
        assertEquals(401, status(api().get("/api/account", laptop)), "the other sessions ended");
        browser.assertAccessible("the profile page");
        browser.driver().executeScript("window.scrollTo(0, 0);");
        browser.screenshot("profile");

        browser.signOutByForgetting();
        signIn(user.email(), Fixtures.PASSWORD);
        browser.awaitText("Wrong email or password.");
        signIn(user.email(), "a-brand-new-password");
        browser.awaitPath("/console");
        browser.awaitText(user.email());
    }

    @Test
    void aMemberSwitchesToAndLeavesAnOrganizationAndTheLastAdminIsToldWhyTheyCannot() {
        Fixtures.TestUser user = fixtures.user();
        String solo = fixtures.organization();
        fixtures.member(solo, user, "Admin");
        String shared = fixtures.organization();
        fixtures.member(shared, user, "Member");
        String soloName = organizationName(fixtures.login(user, solo));
        String sharedName = organizationName(fixtures.login(user, shared));

        signIn(user.email(), Fixtures.PASSWORD);
        browser.awaitText(user.email() + " · Admin");
        browser.follow("Your organizations");
        browser.press("Leave " + soloName);
        browser.press("Confirm leaving " + soloName);
        browser.awaitText("You are " + soloName + "'s last Admin, so you cannot leave it");
        browser.assertAccessible("the organizations of the account");
        browser.screenshot("my-organizations");

        browser.press("Switch to " + sharedName);
        browser.awaitText(user.email() + " · Member");
        browser.follow("Your organizations");
        browser.press("Leave " + sharedName);
        browser.press("Confirm leaving " + sharedName);
        browser.awaitText("You left " + sharedName + ".");
        browser.awaitText("Choose the organization to work in");
        assertFalse(browser.present(Browser.button("Leave " + sharedName)), "no longer a member");
        assertTrue(browser.present(Browser.button("Switch to " + soloName)), "still in the other one");
    }

    @Test
    void anInvitedUserDeclinesOneInvitationAndAcceptsAnotherFromTheirAccount() {
        Fixtures.TestUser invited = fixtures.user();
        String declinedOrg = fixtures.organization();
        Fixtures.Member declinedAdmin = fixtures.memberWithSession(declinedOrg, "Admin");
        String acceptedOrg = fixtures.organization();
        Fixtures.Member acceptedAdmin = fixtures.memberWithSession(acceptedOrg, "Admin");
        String declinedName = organizationName(declinedAdmin.token());
        String acceptedName = organizationName(acceptedAdmin.token());
        for (String token : List.of(declinedAdmin.token(), acceptedAdmin.token())) {
            assertEquals(201, status(api().post("/api/organizations/invitations", token,
                    obj("email", invited.email(), "role", "Viewer"))));
        }

        signIn(invited.email(), Fixtures.PASSWORD);
        browser.awaitPath("/console");
        browser.follow("Your invitations");
        browser.awaitText(acceptedName);
        browser.press("Decline " + declinedName);
        browser.press("Confirm declining " + declinedName);
        browser.awaitText("You declined the invitation to " + declinedName + ".");
        browser.assertAccessible("the invitations of the account");
        browser.screenshot("my-invitations");
        String declined = api().get("/api/organizations/invitations?status=declined", declinedAdmin.token())
                .readEntity(String.class);
        assertTrue(declined.contains(invited.email()), "the organization sees it declined: " + declined);

        // Accepting needs the emailed link: Accept opens the accept page, where it is pasted.
        browser.click(Browser.link("Accept"));
        browser.awaitPath("/accept-invitation");
        browser.type("invitation-link", invitationLinkIn(invited.email(), acceptedName));
        browser.press("Open the invitation");
        browser.press("Join " + acceptedName);
        browser.awaitPath("/console");
        browser.awaitText(invited.email() + " · Viewer");
    }

    @Test
    void aForgottenPasswordIsResetFromTheEmailedLink() {
        Fixtures.TestUser user = fixtures.user();
        browser.open("/sign-in");
        browser.follow("Forgot password?");
        browser.awaitPath("/forgot-password");
        String stranger = Fixtures.unique("nobody") + "@example.test";
        browser.type("email", stranger);
        browser.press("Email me a reset link");
        browser.awaitText("If " + stranger + " belongs to an account, a link to reset its password is on its way.");
        browser.type("email", user.email());
        browser.press("Email me a reset link");
        browser.awaitText("If " + user.email() + " belongs to an account, a link to reset its password is on its way.");
        browser.assertAccessible("the forgot-password page");
        browser.screenshot("forgot-password");

        String link = linkFromEmailTo(user.email(), RESET_LINK);
        assertTrue(link.contains("/reset-password#token=orgr_"), link);
        browser.openUrl(onThisServer(link));
        browser.awaitText("Choose a new password");
        assertFalse(browser.driver().getCurrentUrl().contains("orgr_"), "the token leaves the address bar at once");
        browser.assertAccessible("the reset-password page");
        browser.screenshot("reset-password");
        browser.type("new-password", "reset-password-1");
        browser.type("repeat-password", "reset-password-1");
        browser.press("Set the new password");
        browser.awaitText("Your new password is set and every session of your account was ended.");
        browser.follow("Sign in with the new password");
        browser.type("email", user.email());
        browser.type("password", "reset-password-1");
        browser.press("Sign in");
        browser.awaitPath("/console");
        browser.awaitText(user.email());

        browser.signOutByForgetting();
        browser.openUrl(onThisServer(link));
        browser.type("new-password", "reset-password-2");
        browser.type("repeat-password", "reset-password-2");
        browser.press("Set the new password");
        browser.awaitText("This link was already used, replaced by a newer one, or has expired");
    }

    private Api api() {
        return new Api(target);
    }

    /** Signs in through the API as a browser described by {@code userAgent} would; the session's token. */
    private String loginFrom(Fixtures.TestUser user, String userAgent) {
        var login = api().request("/api/auth/login", null).header("User-Agent", userAgent)
                .post(jakarta.ws.rs.client.Entity.entity(obj("email", user.email(), "password", Fixtures.PASSWORD).toString(),
                        jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE));
        assertEquals(200, login.getStatus());
        return body(login).getString("token");
    }

    private String organizationName(String token) {
        return body(api().get("/api/organizations/me", token)).getString("name");
    }

    private void changePassword(String current, String next) {
        browser.type("current-password", current);
        browser.type("new-password", next);
        browser.type("repeat-password", next);
        browser.press("Change password");
    }

    private static String invitationLinkIn(String email, String organizationName) {
        List<MimeMessage> mails = SMTP.awaitMessagesTo(email, 2, Duration.ofSeconds(20));
        try {
            for (MimeMessage mail : mails) {
                String text = InvitationFixtures.textPart(mail);
                Matcher link = ACCEPT_LINK.matcher(text);
                if (text.contains(organizationName) && link.find()) {
                    return link.group();
                }
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no invitation email to " + email + " from " + organizationName);
    }

    private void signIn(String email, String password) {
        browser.open("/sign-in");
        browser.type("email", email);
        browser.type("password", password);
        browser.press("Sign in");
    }

    private void createAccount(String name, String password) {
        browser.type("name", name);
        browser.type("new-password", password);
        browser.type("repeat-password", password);
        browser.press("Create account and join");
    }

    private static String linkFromEmailTo(String email) {
        return linkFromEmailTo(email, ACCEPT_LINK);
    }

    private static String linkFromEmailTo(String email, Pattern pattern) {
        List<MimeMessage> mails = SMTP.awaitMessagesTo(email, 1, Duration.ofSeconds(20));
        assertEquals(1, mails.size(), "one email to " + email);
        try {
            Matcher link = pattern.matcher(InvitationFixtures.textPart(mails.getFirst()));
            assertTrue(link.find(), "a link in the email");
            return link.group();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    // The email links to the configured accept-url (the development default names port 8080); the test server listens
    // elsewhere, so only the origin is swapped: the path and the #token= fragment are the email's own.
    private String onThisServer(String link) {
        URI uri = URI.create(link);
        return target.getUri().toString().replaceAll("/$", "") + uri.getRawPath() + "#" + uri.getRawFragment();
    }
}
