export { sessionQuery, useSignOut, type SignedIn } from './api/session';
export { SignInForm } from './components/sign-in-form';
export { SignUpForm } from './components/sign-up-form';
