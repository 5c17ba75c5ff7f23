import { useMutation } from '@tanstack/react-query';
import { dataOf, profileApi } from '../../../lib/api-client';

/** Opens an emailed link: verifies the address, or confirms a new one. */
export const useVerifyEmail = () =>
  useMutation({
    mutationFn: async (token: string) =>
      dataOf(await profileApi.POST('/v1/email-verifications', { body: { token } })),
  });

export const useRequestPasswordReset = () =>
  useMutation({
    mutationFn: async (email: string) =>
      dataOf(await profileApi.POST('/v1/password-resets', { body: { email } })),
  });

export const useResetPassword = () =>
  useMutation({
    mutationFn: async (body: { token: string; password: string }) => {
      dataOf(await profileApi.POST('/v1/password-resets/confirm', { body }));
    },
  });

export const useChangePassword = () =>
  useMutation({
    mutationFn: async (body: { currentPassword: string; newPassword: string }) => {
      dataOf(await profileApi.POST('/v1/me/password', { body }));
    },
  });

export const useChangeEmail = () =>
  useMutation({
    mutationFn: async (body: { newEmail: string; password: string }) =>
      dataOf(await profileApi.POST('/v1/me/email', { body })),
  });
