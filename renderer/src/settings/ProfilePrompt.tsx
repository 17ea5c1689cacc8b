import type { FactdeskClient, Profile } from '../../../shared/api';
import { ProfileForm } from './ProfileForm';

/**
 * First start: asks once, without blocking the window, who is reviewing. "Later" hides it for good
 * (Settings can set the profile any time).
 */
export function ProfilePrompt({
  client,
  onSaved,
  onDismiss,
}: {
  client: FactdeskClient;
  onSaved: (profile: Profile) => void;
  onDismiss: () => void;
}) {
  return (
    <section className="profile-prompt" aria-label="Welcome">
      <div>
        <strong>Welcome to Factdesk.</strong>{' '}
        <span className="muted">Who is reviewing? Your name goes into the history of every change and your organisation into reports.</span>
      </div>
      <ProfileForm client={client} profile={null} compact onSaved={onSaved}>
        <button type="button" className="btn" onClick={onDismiss}>
          Later
        </button>
      </ProfileForm>
    </section>
  );
}
