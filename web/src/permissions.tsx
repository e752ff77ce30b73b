import { createContext, useContext, type ReactNode } from "react";

// What the viewer may do, straight from me.permissions (the policies): the
// app shows a button only when the matching permission is there.
export interface Viewer {
  sub: string;
  role: string;
  nation: string;
  permissions: readonly { resource: string; action: string; scope: string }[];
}

export interface Perms {
  viewer: Viewer;
  can: (resource: string, action: string) => boolean;
  /** The scopes a permission carries (all, own, status:X, ...). */
  scopes: (resource: string, action: string) => string[];
  /** Whether a guarded field (Type.field) is readable. */
  canRead: (field: string) => boolean;
}

const Ctx = createContext<Perms | null>(null);

export function permsOf(viewer: Viewer): Perms {
  const scopes = (resource: string, action: string) =>
    viewer.permissions.filter((p) => p.resource === resource && p.action === action).map((p) => p.scope);
  return {
    viewer,
    scopes,
    can: (resource, action) => scopes(resource, action).length > 0,
    canRead: (field) => scopes(field, "read").length > 0,
  };
}

export function PermsProvider({ viewer, children }: { viewer: Viewer; children: ReactNode }) {
  return <Ctx.Provider value={permsOf(viewer)}>{children}</Ctx.Provider>;
}

export function usePerms(): Perms {
  const v = useContext(Ctx);
  if (!v) throw new Error("usePerms outside PermsProvider");
  return v;
}
