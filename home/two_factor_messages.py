"""Indonesian for the screens of wagtail-2fa, which ships no Indonesian catalogue.

Listing its messages here lets `make messages` put them in our catalogues, whose translations
take precedence (LOCALE_PATHS). Generated from wagtail-2fa 1.8.0; the texts must match exactly.
"""

from django.utils.translation import gettext_noop

WAGTAIL_2FA_MESSAGES = [
    gettext_noop("OTP token"),
    gettext_noop("Enter the numeric code displayed on your device after scanning the QR code"),
    gettext_noop("Name"),
    gettext_noop("The human-readable name of this device."),
    gettext_noop("Current password"),
    gettext_noop("As an extra security measure, we need your current password."),
    gettext_noop("Invalid token. Please make sure you have entered it correctly."),
    gettext_noop("Invalid password"),
    gettext_noop("Delete 2FA device"),
    gettext_noop("Two Factor Settings"),
    gettext_noop("Do you want to delete the device?"),
    gettext_noop("Cancel"),
    gettext_noop("Remove device"),
    gettext_noop("Add new 2FA device"),
    gettext_noop(
        "\n            <p>\n                Two-Factor authentication is a method for making your account\n                more secure, by requiring you to provide an additional piece\n                of evidence (a factor) next to your password.\n            </p>\n            <p>\n                The most common way of providing this secondary factor, is by\n                having one of your devices generate a random code that\n                changes every minute. This is called a One Time Password.\n            </p>\n            <p>\n                For generating codes, you can use one of the following apps.\n                You might even have them installed already.\n                <ul>\n                    <li>Google Authenticator for iOS or Android</li>\n                    <li>Microsoft Authenticator</li>\n                    <li>Authy for iOS or Android</li>\n                    <li>\n                        A password manager like 1Password, that also supports\n                        generating One-Time-Passwords\n                    </li>\n                </ul>\n            </p>\n            <p>\n                To configure two-factor authentication for your Wagtail CMS\n                account, install one of those apps and scan the below QR\n                code. Note that if you lose or reset your phone, you\n                will no longer be able to log in.\n            </p>\n            "
    ),
    gettext_noop("QR Code"),
    gettext_noop("If you're unable to scan the image, try pasting the following into your app:"),
    gettext_noop("Update"),
    gettext_noop("Create"),
    gettext_noop("Registered 2FA devices"),
    gettext_noop("Update device"),
    gettext_noop("There are no devices for this user."),
    gettext_noop("New device"),
    gettext_noop("Sign in"),
    gettext_noop("Invalid code"),
    gettext_noop("Enter your two-factor authentication code"),
    gettext_noop("Signing in…"),
    gettext_noop("Sign out"),
    gettext_noop("Device #%s"),
    gettext_noop("Manage your 2FA devices"),
    gettext_noop("Add or remove devices for 2 factor authentication."),
    gettext_noop("Manage 2FA"),
    gettext_noop("Edit this user"),
]
