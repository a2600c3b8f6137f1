import { useState, type FormEvent } from 'react';
import { useLogin } from '../api/login';
import type { User } from '../../../shared/lib/types';

export function LoginForm({ onSignedIn }: { onSignedIn: (user: User) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const mutation = useLogin();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    mutation.mutate({ email, password }, { onSuccess: onSignedIn });
  };

  return (
    <form className="login-form stack" onSubmit={submit}>
      <div className="field">
        <label htmlFor="login-email">E-mail</label>
        <input id="login-email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="login-password">Password</label>
        <input
          id="login-password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </div>
      {mutation.isError && (
        <p className="alert alert--error" role="alert">
          {mutation.error.message.replace(/^e-mail/, 'E-mail')}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={mutation.isPending}>
        {mutation.isPending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
