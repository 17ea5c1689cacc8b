import { useState, type FormEvent, type ReactNode } from 'react';
import type { FactdeskClient, Profile } from '../../../shared/api';
import { ErrorAlert } from '../ui/ErrorAlert';
import { errorMessage } from '../ui/errors';

/** Reviewer name, organisation and its URL; saved with `setProfile`. */
export function ProfileForm({
  client,
  profile,
  compact = false,
  onSaved,
  children,
}: {
  client: FactdeskClient;
  profile: Profile | null;
  compact?: boolean;
  onSaved: (profile: Profile) => void;
  children?: ReactNode;
}) {
  const [name, setName] = useState(profile?.name ?? '');
  const [organization, setOrganization] = useState(profile?.organization ?? '');
  const [organizationUrl, setOrganizationUrl] = useState(profile?.organizationUrl ?? '');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) {
      setError('Your name goes into every history entry — please fill it in.');
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const next: Profile = { name: name.trim(), organization: organization.trim() };
      if (organizationUrl.trim()) next.organizationUrl = organizationUrl.trim();
      onSaved(await client.call('setProfile', { profile: next }));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className={`profile-form ${compact ? 'profile-form--compact' : ''}`} onSubmit={(e) => void submit(e)}>
      <label className="stacked">
        <span>Reviewer name</span>
        <input className="input" value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" required />
      </label>
      <label className="stacked">
        <span>Organisation</span>
        <input className="input" value={organization} onChange={(e) => setOrganization(e.target.value)} autoComplete="organization" />
      </label>
      {!compact && (
        <label className="stacked">
          <span>Organisation URL (for ClaimReview)</span>
          <input className="input" type="url" value={organizationUrl} onChange={(e) => setOrganizationUrl(e.target.value)} placeholder="https://…" />
        </label>
      )}
      <div className="profile-form__actions">
        <button type="submit" className="btn btn--primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save profile'}
        </button>
        {children}
      </div>
      <ErrorAlert message={error} />
    </form>
  );
}
