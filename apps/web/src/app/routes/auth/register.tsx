import { RegisterForm } from '../../../features/auth/components/register-form';

/** A proposer registers themselves and their organisation. */
export function RegisterPage() {
  return (
    <div className="narrow">
      <RegisterForm />
    </div>
  );
}
