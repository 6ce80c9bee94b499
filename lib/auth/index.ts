// Accounts' identity and access: the public face of lib/auth.
// Pages/actions: requireUser(), requireRole("ADMIN"). Data layer: userOrThrow(), roleOrThrow().
// Route handlers: withAuth in lib/api; mutating ones also isSameOrigin().
// Tests: runWithBoundary(fakeBoundary, () => …) to act as any user without Next internals.
export { ADMIN_AREA_ROLES, ROLES, ROLE_LABELS, isRole } from "./roles";
export type { Role } from "./roles";
export { AccessError, isAccessError } from "./errors";
export type { AccessErrorCode } from "./errors";
export { runWithBoundary, boundary } from "./boundary";
export type { RequestBoundary, SessionClaims } from "./boundary";
export { credentialStamp, getSessionUser, stampForUser } from "./session";
export type { SessionUser } from "./session";
export { requireRole, requireUser, roleOrThrow, userOrThrow } from "./guards";
export { foreignOriginResponse, isSameOrigin, requestOrigin } from "./origin";
export { SIGN_IN_PATH, absoluteUrl, safeReturnPath, signInPath, siteUrl } from "./urls";
export { hashPassword, needsRehash, verifyPassword } from "./password";
export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblems } from "./password-policy";
export { TOKEN_TTL_MS, consumeToken, issueToken, peekToken, revokeTokens } from "./tokens";
export type { TokenPurpose } from "./tokens";
export { AUTH_LIMIT_RULES, accountKey, authLimits, buildAuthLimits, setAuthLimits } from "./limits";
export type { AuthLimits } from "./limits";
export { authenticate, signInRefusal } from "./credentials";
export type { AuthenticationResult } from "./credentials";
export { registerCustomer } from "./registration";
export type { RegistrationResult } from "./registration";
export { isResetTokenLive, requestPasswordReset, resetPassword } from "./password-reset";
export type { ResetPasswordResult } from "./password-reset";
export { confirmEmail, sendEmailVerification } from "./email-verification";
export type { ConfirmEmailResult, VerificationKind } from "./email-verification";
export { changePassword, requestEmailChange, resendEmailVerification } from "./account-security";
export type { SecurityChangeResult } from "./account-security";
export {
  emailSchema,
  forgotPasswordSchema,
  nameSchema,
  newPasswordSchema,
  resetPasswordSchema,
  signInSchema,
  signUpSchema,
  tokenSchema,
} from "./schemas";
export type { SignInInput, SignUpInput } from "./schemas";
export { enabledOAuthProviders } from "./providers";
export type { OAuthProviderInfo } from "./providers";
export { issueSignInTicket, redeemSignInTicket } from "./sign-in-ticket";
export { buildAuthConfig, RateLimitedSignIn } from "./config";
export { actionIp, isForeignOrigin } from "./action-context";
export {
  countUsersWithRole,
  emailsOfRole,
  lockUserRow,
  searchUsers,
  setUserName,
  setUserRole,
  userCreatedAt,
} from "./users";
export type { SetRoleResult, UserRow } from "./users";
