/** The signed-in user of this browser tab (sessionStorage: gone when the tab closes). */
export interface User {
  userName: string;
  displayName: string;
  roles: string[];
  team?: string | null;
}

const TokenKey = 'caseflow.token';
const UserKey = 'caseflow.user';

export const session = {
  token: (): string | null => sessionStorage.getItem(TokenKey),
  user: (): User | null => {
    const text = sessionStorage.getItem(UserKey);
    return text ? (JSON.parse(text) as User) : null;
  },
  signIn(token: string, user: User): void {
    sessionStorage.setItem(TokenKey, token);
    sessionStorage.setItem(UserKey, JSON.stringify(user));
  },
  clear(): void {
    sessionStorage.removeItem(TokenKey);
    sessionStorage.removeItem(UserKey);
  },
  hasRole: (role: string): boolean => session.user()?.roles.includes(role) ?? false,
};

