// "Continue with GitHub/Google": one small form per configured provider.
import { SubmitButton } from "./submit-button";
import type { PlainAction } from "./types";

export function OAuthButtons({
  providers,
  action,
  callbackUrl,
}: {
  providers: Array<{ id: string; name: string }>;
  action: PlainAction;
  callbackUrl: string;
}) {
  if (providers.length === 0) return null;
  return (
    <div className="mt-6 border-t border-paper-line pt-6">
      <p className="text-center text-sm text-ink-muted">Or continue with</p>
      <div className="mt-3 grid gap-2">
        {providers.map((provider) => (
          <form key={provider.id} action={action}>
            <input type="hidden" name="provider" value={provider.id} />
            <input type="hidden" name="callbackUrl" value={callbackUrl} />
            <SubmitButton
              variant="secondary"
              className="w-full"
              pendingLabel={`Opening ${provider.name}…`}
            >
              {provider.name}
            </SubmitButton>
          </form>
        ))}
      </div>
    </div>
  );
}
